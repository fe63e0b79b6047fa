// A circular (পরিপত্র): an instruction sent to many offices at once — the letterhead, the memo
// line, the word পরিপত্র, the subject, numbered paragraphs, the issuing officer's signature,
// the distribution and copies. Everything but the title is a part every document shares.
#pragma once

#include <memory>
#include <optional>
#include <vector>

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

class Document;
class DocumentKind;
const DocumentKind& circular_kind();
std::unique_ptr<Document> make_circular_document(DocumentHeader header, Circular circular);

}  // namespace potro
