// An official letter (সরকারি পত্র): letterhead, the memo line with the dual date, the
// addressee (প্রাপক) or a distribution list, বিষয় and সূত্র, body paragraphs numbered from ০২।
// with the first unnumbered, the attachments line, the signature and the copies.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kinds/kind.h"
#include "model/parts.h"
#include "model/xml_reader.h"

namespace potro {

// One addressee: designation, office, address, each a line.
struct Addressee {
    std::vector<std::u16string> lines;
};

struct Letter {
    std::optional<Letterhead> letterhead;
    MemoLine memo_line;
    std::vector<Addressee> addressees;          // প্রাপক; or
    std::optional<RecipientList> distribution;  // বিতরণ, for many addressees
    RichText subject;
    std::vector<MemoLine> references;  // সূত্র: an earlier letter's memo number and date
    Blocks body;
    std::u16string attachments;  // সংযুক্তি: বর্ণনামতে (৩ পাতা)
    std::vector<Signature> signatures;
    std::vector<RecipientList> copies;  // অনুলিপি
};

const DocumentKind& letter_kind();
Letter read_letter(const xmlNode* root, const ElementReader& reader);
// What kinds/model_kind.h asks of a kind's model.
AssembledDocument assemble_model(const Letter& letter, const Template& tpl);
DocumentFacts facts_of(const Letter& letter, const DocumentKind& kind);
MemoLine* memo_line_of(Letter& letter);

}  // namespace potro
