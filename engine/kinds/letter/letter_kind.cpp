// <letter>: templates/letter/, letter.rng.
#include "kinds/kind.h"
#include "kinds/letter/letter.h"

namespace potro {

namespace {

class LetterDocument final : public Document {
  public:
    LetterDocument(DocumentHeader header, Letter letter)
        : Document(std::move(header)), l_(std::move(letter)) {}

    const DocumentKind& kind() const override { return letter_kind(); }
    DocumentFacts facts() const override {
        return {l_.memo_line.date, l_.subject.plain(), l_.signatures.front().person.name};
    }
    MemoLine* memo_line() override { return &l_.memo_line; }
    AssembledDocument assemble(const Template& tpl) const override {
        return assemble_letter(l_, tpl);
    }

  private:
    Letter l_;
};

class LetterKind final : public DocumentKind {
  public:
    std::string name() const override { return "letter"; }
    std::u16string title() const override { return u"সরকারি পত্র"; }
    std::unique_ptr<Document> read(const xmlNode* root, ElementReader& reader) const override {
        DocumentHeader header = reader.header(root, template_folder());
        return std::make_unique<LetterDocument>(std::move(header), read_letter(root, reader));
    }
};

}  // namespace

const DocumentKind& letter_kind() {
    static const LetterKind kind;
    return kind;
}

}  // namespace potro
