// <circular>: read, assembled and described for bulk export and the register, all from the
// shared parts.
#include "assembly/block_builder.h"
#include "base/unicode.h"
#include "kinds/circular/circular.h"
#include "kinds/kind.h"

namespace potro {

namespace {

Circular read_circular(const xmlNode* root, const ElementReader& r) {
    r.expect_only(root, {"letterhead", "memo", "date", "subject", "body", "signature",
                         "distribution", "copies"});
    Circular c;
    if (const xmlNode* lh = xml::child(root, "letterhead")) c.letterhead = r.letterhead(lh);
    c.memo_line = r.memo_line(root);
    const xmlNode* subject = xml::child(root, "subject");
    if (!subject) r.fail(root, "the circular has no <subject>; say what it is about");
    c.subject = r.rich(subject);
    if (const xmlNode* body = xml::child(root, "body")) c.body = r.blocks(body);
    r.signatures_and_lists(root, "the circular", c.signatures, c.lists);
    return c;
}

class CircularAssembler : BlockBuilder {
  public:
    CircularAssembler(const Circular& c, const Template& t) : BlockBuilder(t), c_(c) {}

    AssembledDocument run() const {
        AssembledDocument doc = begin_document(c_.subject.plain(), "পরিপত্র", c_.letterhead,
                                               &c_.memo_line, c_.memo_line.date);
        auto& out = doc.blocks;
        if (c_.letterhead) letterhead(*c_.letterhead, out);
        memo_line(c_.memo_line, out);
        title_and_subject(c_.subject, Align::Left, out);
        body(c_.body, 0, out);
        signatures_and_lists(c_.signatures, c_.lists, out);
        return doc;
    }

  private:
    const Circular& c_;
};

class CircularDocument final : public Document {
  public:
    CircularDocument(DocumentHeader header, Circular c)
        : Document(std::move(header)), c_(std::move(c)) {}

    const DocumentKind& kind() const override { return circular_kind(); }
    DocumentFacts facts() const override {
        return {c_.memo_line.date, c_.subject.plain(), c_.signatures.front().person.name};
    }
    MemoLine* memo_line() override { return &c_.memo_line; }
    AssembledDocument assemble(const Template& tpl) const override {
        return CircularAssembler(c_, tpl).run();
    }

  private:
    Circular c_;
};

class CircularKind final : public DocumentKind {
  public:
    std::string name() const override { return "circular"; }
    std::u16string title() const override { return u"পরিপত্র"; }
    std::unique_ptr<Document> read(const xmlNode* root, ElementReader& reader) const override {
        DocumentHeader header = reader.header(root, template_folder());
        return make_circular_document(std::move(header), read_circular(root, reader));
    }
};

}  // namespace

std::unique_ptr<Document> make_circular_document(DocumentHeader header, Circular circular) {
    return std::make_unique<CircularDocument>(std::move(header), std::move(circular));
}

const DocumentKind& circular_kind() {
    static const CircularKind kind;
    return kind;
}

}  // namespace potro
