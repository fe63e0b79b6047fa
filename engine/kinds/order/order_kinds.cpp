// <office-order> and <notification>: read, assembled and described alike from the shared
// parts; each has its own title, schema and templates.
#include "assembly/block_builder.h"
#include "base/unicode.h"
#include "kinds/model_kind.h"
#include "kinds/order/order.h"

namespace potro {

namespace {

Order read_order(const xmlNode* root, const ElementReader& r, const char* what) {
    r.expect_only(root, {"letterhead", "memo", "date", "subject", "body", "closing", "by-order",
                         "signature", "distribution", "copies", "endorsement"});
    Order o;
    if (const xmlNode* lh = xml::child(root, "letterhead")) o.letterhead = r.letterhead(lh);
    o.memo_line = r.memo_line(root);
    if (const xmlNode* s = xml::child(root, "subject")) o.subject = r.rich(s);
    const xmlNode* body = xml::child(root, "body");
    if (!body) r.fail(root, std::string("the ") + what + " has no <body>; write what it orders");
    o.body = r.blocks(body);
    if (const xmlNode* c = xml::child(root, "closing")) o.closing = r.rich(c);
    if (const xmlNode* b = xml::child(root, "by-order")) o.by_order = xml::text(b);
    r.signatures_and_lists(root, std::string("the ") + what, o.signatures, o.lists);
    if (const xmlNode* e = xml::child(root, "endorsement")) o.endorsement = r.endorsement(e);
    return o;
}

class OrderAssembler : BlockBuilder {
  public:
    OrderAssembler(const Order& o, const Template& t, const std::string& kind_title)
        : BlockBuilder(t), o_(o), kind_title_(kind_title) {}

    AssembledDocument run() const {
        const std::u16string title = o_.subject.empty() ? t_.phrase("title") : o_.subject.plain();
        AssembledDocument doc =
            begin_document(title, kind_title_, o_.letterhead, &o_.memo_line, o_.memo_line.date);
        auto& out = doc.blocks;
        if (o_.letterhead) letterhead(*o_.letterhead, out);
        memo_line(o_.memo_line, out);
        title_and_subject(o_.subject, Align::Center, out);
        body(o_.body, 0, out);
        closing(out);
        if (!o_.by_order.empty()) {
            ParaBlock b =
                para(o_.by_order, t_.body_size, Align::Center, false, StyleRole::Signature);
            b.indent = t_.page.text_width() * 0.5f;
            b.space_before = t_.section_gap;
            b.keep_with_next = true;
            add(out, std::move(b));
        }
        signatures_and_lists(o_.signatures, o_.lists, out);
        if (o_.endorsement) endorsement(*o_.endorsement, o_.letterhead, out);
        return doc;
    }

  private:
    void closing(std::vector<DocBlock>& out) const {
        const RichText text = or_phrase(o_.closing, "closing");
        if (text.empty()) return;
        ParaBlock c = rich(text, t_.body_size, Align::Justify);
        c.space_before = t_.paragraph_gap;
        add(out, std::move(c));
    }

    const Order& o_;
    std::string kind_title_;
};

Order read_office_order(const xmlNode* root, const ElementReader& r) {
    return read_order(root, r, "office order");
}

Order read_notification(const xmlNode* root, const ElementReader& r) {
    return read_order(root, r, "notification");
}

}  // namespace

DocumentFacts facts_of(const Order& o, const DocumentKind& kind) {
    return {o.memo_line.date, o.subject.empty() ? kind.title() : o.subject.plain(),
            o.signatures.front().person.name};
}

std::vector<RecipientList*> recipient_lists_of(Order& o) {
    return list_pointers({&o.lists, o.endorsement ? &o.endorsement->lists : nullptr});
}

MemoLine* memo_line_of(Order& o) {
    return &o.memo_line;
}

AssembledDocument assemble_model(const Order& o, const Template& tpl) {
    // The template's title is the kind's (অফিস আদেশ, প্রজ্ঞাপন).
    return OrderAssembler(o, tpl, utf16_to_utf8(tpl.phrase("title"))).run();
}

const DocumentKind& office_order_kind() {
    static const ModelKind<Order> kind("office-order", u"অফিস আদেশ", read_office_order);
    return kind;
}

const DocumentKind& notification_kind() {
    static const ModelKind<Order> kind("notification", u"প্রজ্ঞাপন", read_notification);
    return kind;
}

}  // namespace potro
