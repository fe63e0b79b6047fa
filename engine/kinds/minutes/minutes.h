// Minutes (সভার কার্যবিবরণী): the meeting as the user described it, built from the shared
// parts (model/parts.h) plus the meeting block, the issue part and the attendance annex.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kinds/kind.h"
#include "model/parts.h"
#include "model/xml_reader.h"

namespace potro {

struct Attendee {
    std::u16string name, designation, office, phone;
};

struct Annex {
    std::u16string title = u"পরিশিষ্ট 'ক'";
    std::u16string heading;  // what it lists
    std::u16string note;  // "(স্বাক্ষরের ক্রমানুসারে নয়)"
    std::vector<Attendee> attendees;
};

struct Minutes {
    std::optional<Letterhead> letterhead;
    bool letterhead_on_top = true;  // false: only above the issue part (seed 003)
    RichText subject;
    std::u16string subject_label = u"বিষয়";  // empty: a bare title line
    MeetingInfo meeting;
    Blocks body;
    RichText closing;
    std::vector<Signature> signatures;
    std::optional<Endorsement> issue;  // <issue>: the endorsement that issues them
    std::optional<Annex> annex;
};

const DocumentKind& minutes_kind();
// Minutes as a Document of the minutes kind (what reading <minutes> gives).
std::unique_ptr<Document> make_minutes_document(DocumentHeader header, Minutes minutes);

Minutes read_minutes(const xmlNode* root, const ElementReader& reader);
// What kinds/model_kind.h asks of a kind's model.
AssembledDocument assemble_model(const Minutes& minutes, const Template& tpl);
DocumentFacts facts_of(const Minutes& minutes, const DocumentKind& kind);
MemoLine* memo_line_of(Minutes& minutes);
std::vector<RecipientList*> recipient_lists_of(Minutes& minutes);

}  // namespace potro
