// Reading <letter>: the addressees and references are the letter's own; every other part is
// one every document shares.
#include "kinds/letter/letter.h"
#include "model/element_reader.h"

namespace potro {

namespace {

Addressee read_addressee(const ElementReader& r, const xmlNode* n) {
    r.expect_only(n, {"name", "designation", "office", "address"});
    Addressee a;
    for (const xmlNode* c : xml::children(n)) {
        std::u16string line = xml::text(c);
        if (!line.empty()) a.lines.push_back(std::move(line));
    }
    if (a.lines.empty())
        r.fail(n, "<to> is empty; give the addressee's <designation>, <office> and <address>");
    return a;
}

}  // namespace

Letter read_letter(const xmlNode* root, const ElementReader& r) {
    r.expect_only(root, {"letterhead", "memo", "date", "to", "distribution", "subject", "reference",
                         "body", "attachments", "signature", "copies"});
    Letter l;
    if (const xmlNode* lh = xml::child(root, "letterhead")) l.letterhead = r.letterhead(lh);
    l.memo_line = r.memo_line(root);
    for (const xmlNode* n : xml::children(root)) {
        const std::string nm = xml::name(n);
        if (nm == "to")
            l.addressees.push_back(read_addressee(r, n));
        else if (nm == "distribution")
            l.distribution = r.recipients(n, u"বিতরণ:");
        else if (nm == "reference")
            l.references.push_back(r.memo_line(n));
        else if (nm == "signature")
            l.signatures.push_back(r.signature(n));
        else if (nm == "copies")
            l.copies.push_back(r.recipients(n, ElementReader::kCopiesHeading));
    }
    if (l.addressees.empty() && !l.distribution)
        r.fail(root, "the letter has no addressee; give a <to> (প্রাপক) or a <distribution>");
    if (!l.addressees.empty() && l.distribution)
        r.fail(xml::child(root, "distribution"),
               "the letter has both <to> and <distribution>; a letter goes to its addressee or "
               "to a list, not both");
    const xmlNode* subject = xml::child(root, "subject");
    if (!subject) r.fail(root, "the letter has no <subject>; say what it is about (বিষয়)");
    l.subject = r.rich(subject);
    if (const xmlNode* body = xml::child(root, "body")) l.body = r.blocks(body);
    if (const xmlNode* a = xml::child(root, "attachments")) l.attachments = xml::text(a);
    if (l.signatures.empty())
        r.fail(root, "the letter has no <signature>; the officer who writes it signs it");
    for (const MemoLine& ref : l.references) {
        if (l.memo_line.date < ref.date)
            r.warn(ref.pos, "the letter referred to is dated after this letter; check the dates");
    }
    return l;
}

}  // namespace potro
