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
    // আধা-সরকারি পত্র (D.O.): the sender's name on top, a salutation, a closing over the
    // signature and the addressee under it; its own template (templates/letter/demi-official).
    bool demi_official = false;
    std::optional<Person> sender;  // D.O.: printed under the letterhead
    RichText salutation;           // "প্রিয় জনাব …,"; empty: the template's
    RichText closing;              // "শুভেচ্ছান্তে,"; empty: the template's
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
    std::optional<Endorsement> endorsement;  // পৃষ্ঠাঙ্কন: copies forwarded under a memo number
};

const DocumentKind& letter_kind();
Letter read_letter(const xmlNode* root, const ElementReader& reader);
// What kinds/model_kind.h asks of a kind's model.
AssembledDocument assemble_model(const Letter& letter, const Template& tpl);
DocumentFacts facts_of(const Letter& letter, const DocumentKind& kind);
MemoLine* memo_line_of(Letter& letter);
// A D.O. letter without a template="…" takes the demi-official template.
std::string default_template_of(const Letter& letter);
std::vector<RecipientList*> recipient_lists_of(Letter& letter);

}  // namespace potro
