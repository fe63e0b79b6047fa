// A meeting notice (সভার নোটিশ): the memo line, the title, the subject, who chairs and when —
// the date with its weekday, computed — where, the agenda (আলোচ্যসূচি), the request to attend,
// the signature and the distribution. The meeting is described with the same <meeting> as the
// minutes that will follow it.
#pragma once

#include <optional>
#include <vector>

#include "kinds/kind.h"
#include "model/parts.h"
#include "model/xml_reader.h"

namespace potro {

struct MeetingNotice {
    std::optional<Letterhead> letterhead;
    MemoLine memo_line;
    RichText subject;
    Blocks body;  // an opening paragraph, if any
    MeetingInfo meeting;
    std::vector<RichText> topics;  // আলোচ্যসূচি
    RichText request;              // empty: the template's
    std::vector<Signature> signatures;
    std::vector<RecipientList> lists;
};

const DocumentKind& meeting_notice_kind();
// Reading <meeting-notice> (minutes that follow a notice read it too).
MeetingNotice read_meeting_notice(const xmlNode* root, const ElementReader& reader);
// What kinds/model_kind.h asks of a kind's model.
DocumentFacts facts_of(const MeetingNotice& notice, const DocumentKind& kind);
MemoLine* memo_line_of(MeetingNotice& notice);
std::vector<RecipientList*> recipient_lists_of(MeetingNotice& notice);
AssembledDocument assemble_model(const MeetingNotice& notice, const Template& tpl);

}  // namespace potro
