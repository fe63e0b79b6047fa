// Minutes as a document kind: <minutes>, templates/minutes/, minutes.rng.
#include "kinds/minutes/minutes.h"

#include "kinds/model_kind.h"

namespace potro {

DocumentFacts facts_of(const Minutes& m, const DocumentKind&) {
    DocumentFacts f;
    f.date = m.issue ? std::optional(m.issue->memo_line.date) : m.meeting.date;
    f.subject = m.subject.plain();
    f.person = m.meeting.chair.name;
    return f;
}

std::vector<RecipientList*> recipient_lists_of(Minutes& m) {
    return list_pointers({m.issue ? &m.issue->lists : nullptr});
}

MemoLine* memo_line_of(Minutes& m) {
    return m.issue ? &m.issue->memo_line : nullptr;
}

namespace {

const ModelKind<Minutes>& kind() {
    static const ModelKind<Minutes> kind("minutes", u"সভার কার্যবিবরণী", read_minutes);
    return kind;
}

}  // namespace

std::unique_ptr<Document> make_minutes_document(DocumentHeader header, Minutes minutes) {
    return kind().make(std::move(header), std::move(minutes));
}

const DocumentKind& minutes_kind() {
    return kind();
}

}  // namespace potro
