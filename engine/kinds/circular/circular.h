// A circular (পরিপত্র): an instruction sent to many offices at once — the letterhead, the memo
// line, the word পরিপত্র, the subject, numbered paragraphs, the issuing officer's signature,
// the distribution and copies. Everything but the title is a part every document shares.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "kinds/kind.h"
#include "model/parts.h"

namespace potro {

struct Circular {
    std::optional<Letterhead> letterhead;
    MemoLine memo_line;
    RichText subject;
    Blocks body;
    std::vector<Signature> signatures;
    std::vector<RecipientList> lists;  // distribution, copies
};

const DocumentKind& circular_kind();
// What kinds/model_kind.h asks of a kind's model.
DocumentFacts facts_of(const Circular& circular, const DocumentKind& kind);
MemoLine* memo_line_of(Circular& circular);
std::vector<RecipientList*> recipient_lists_of(Circular& circular);
AssembledDocument assemble_model(const Circular& circular, const Template& tpl);

}  // namespace potro
