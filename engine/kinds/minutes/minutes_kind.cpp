// Minutes as a document kind: <minutes>, templates/minutes/, minutes.rng.
#include "kinds/kind.h"
#include "kinds/minutes/minutes.h"

namespace potro {

namespace {

class MinutesDocument final : public Document {
  public:
    MinutesDocument(DocumentHeader header, Minutes minutes)
        : Document(std::move(header)), minutes_(std::move(minutes)) {}

    const DocumentKind& kind() const override { return minutes_kind(); }

    DocumentFacts facts() const override {
        DocumentFacts f;
        f.date =
            minutes_.issue ? std::optional(minutes_.issue->memo_line.date) : minutes_.meeting.date;
        f.subject = minutes_.subject.plain();
        f.person = minutes_.meeting.chair.name;
        return f;
    }

    MemoLine* memo_line() override { return minutes_.issue ? &minutes_.issue->memo_line : nullptr; }

    AssembledDocument assemble(const Template& tpl) const override {
        return assemble_minutes(minutes_, tpl);
    }

  private:
    Minutes minutes_;
};

class MinutesKind final : public DocumentKind {
  public:
    std::string name() const override { return "minutes"; }
    std::u16string title() const override { return u"সভার কার্যবিবরণী"; }
    std::unique_ptr<Document> read(const xmlNode* root, ElementReader& reader) const override {
        DocumentHeader header = reader.header(root, template_folder());
        return make_minutes_document(std::move(header), read_minutes(root, reader));
    }
};

}  // namespace

std::unique_ptr<Document> make_minutes_document(DocumentHeader header, Minutes minutes) {
    return std::make_unique<MinutesDocument>(std::move(header), std::move(minutes));
}

const DocumentKind& minutes_kind() {
    static const MinutesKind kind;
    return kind;
}

}  // namespace potro
