// <circular>: read, assembled and described for bulk export and the register, all from the
// shared parts.
#include "assembly/block_builder.h"
#include "base/unicode.h"
#include "kinds/circular/circular.h"
#include "kinds/model_kind.h"

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

}  // namespace

DocumentFacts facts_of(const Circular& c, const DocumentKind&) {
    return {c.memo_line.date, c.subject.plain(), c.signatures.front().person.name};
}

std::vector<RecipientList*> recipient_lists_of(Circular& c) {
    return list_pointers({&c.lists});
}

MemoLine* memo_line_of(Circular& c) {
    return &c.memo_line;
}

AssembledDocument assemble_model(const Circular& c, const Template& tpl) {
    return CircularAssembler(c, tpl).run();
}

const DocumentKind& circular_kind() {
    static const ModelKind<Circular> kind("circular", u"পরিপত্র", read_circular);
    return kind;
}

}  // namespace potro
