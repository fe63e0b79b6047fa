// The memo line (স্মারক নম্বর and date) and the lists of recipients under it.
#include "base/unicode.h"
#include "model/element_reader.h"

namespace potro {

const std::u16string ElementReader::kDistributionHeading = u"বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):";
const std::u16string ElementReader::kCopiesHeading =
    u"অনুলিপি সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো (জ্যেষ্ঠতার "
    u"ক্রমানুসারে নয়):";

namespace {

// The number as written: text, or its segments <code>…</code>… <serial>…</serial>
// [<endorsement>…</endorsement>] [<copies>…</copies>], joined here and checked alike.
std::string memo_text(const ElementReader& r, const xmlNode* memo, bool from_register) {
    if (xml::children(memo).empty()) return utf16_to_utf8(xml::text(memo));
    r.expect_only(memo, {"code", "serial", "endorsement", "copies"});
    std::string codes, serial, endorsement, copies;
    for (const xmlNode* c : xml::children(memo)) {
        const std::string v = utf16_to_utf8(xml::text(c));
        const std::string nm = xml::name(c);
        if (nm == "code")
            codes += (codes.empty() ? "" : ".") + v;
        else if (nm == "serial")
            serial = v;
        else if (nm == "endorsement")
            endorsement = "/" + v;
        else
            copies = "(" + v + ")";
    }
    if (from_register && !serial.empty())
        r.fail(memo, "serial=\"auto\" asks a register for the serial; leave out <serial>");
    if (!from_register && serial.empty())
        r.fail(memo, "a memo number given as segments needs a <serial> (the letter's serial)");
    return from_register ? codes : codes + "." + serial + endorsement + copies;
}

}  // namespace

namespace {

// A memo number that could not be read, kept as free text so that reading goes on to the
// document's other problems (nothing is made while there is an error).
MemoNumber stand_in_memo(const std::string& text) {
    MemoNumber m;
    m.layout = MemoLayout::FreeText;
    m.free_text = text;
    return m;
}

}  // namespace

MemoLine ElementReader::memo_line(const xmlNode* n) const {
    MemoLine line;
    line.pos = pos(n);
    const std::string parent = "<" + xml::name(n) + ">";
    const xmlNode* memo = xml::child(n, "memo");
    if (!memo) fail(n, parent + " needs a <memo> (the স্মারক নম্বর)");
    // With serial="auto" only the file code is given; a memo register adds the serial.
    line.serial_from_register = xml::attr(memo, "serial") == "auto";
    if (xml::has_attr(memo, "serial") && !line.serial_from_register)
        fail(memo, "serial=\"" + xml::attr(memo, "serial") +
                       "\" must be auto (or left out and the serial written in the number)");
    const std::string text = memo_text(*this, memo, line.serial_from_register);
    if (line.serial_from_register) {
        if (xml::attr(memo, "format") == "free")
            fail(memo, "a free-text memo number cannot take its serial from a register");
        auto code = parse_file_code(text);
        if (code) {
            line.memo = code.value();
        } else {
            error(memo, code.error().message);
            line.memo = stand_in_memo(text);
        }
    } else {
        auto parsed = parse_memo_number(text, xml::attr(memo, "format") == "free");
        if (parsed) {
            line.memo = parsed.value();
        } else {
            error(memo, parsed.error().message);
            line.memo = stand_in_memo(text);
        }
    }
    if (xml::has_attr(memo, "label")) line.label = u16(xml::attr(memo, "label"));
    const xmlNode* d = xml::child(n, "date");
    if (!d) fail(n, parent + " needs a <date> (YYYY-MM-DD), written as the dual date");
    line.date = date(d);
    line.date_pos = pos(d);
    if (auto w = memo_year_warning(line.memo, line.date.year)) warn(memo, *w);
    return line;
}

RecipientList ElementReader::recipients(const xmlNode* n,
                                        const std::u16string& default_heading) const {
    expect_only(n, {"to", "heading", "purpose", "note"});
    RecipientList l;
    l.heading = xml::has_attr(n, "heading") ? u16(xml::attr(n, "heading")) : default_heading;
    // The heading in its parts, as offices vary them: the word (বিতরণ, অনুলিপি), what the
    // copies are sent for, and the note on their order; they print as one line, "অনুলিপি
    // সদয় অবগতির জন্য প্রেরণ করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):".
    const xmlNode* word = xml::child(n, "heading");
    const xmlNode* purpose = xml::child(n, "purpose");
    const xmlNode* note = xml::child(n, "note");
    if (word || purpose || note) {
        if (xml::has_attr(n, "heading"))
            fail(n, "<" + xml::name(n) +
                        "> has both heading=\"…\" and <heading>/<purpose>/<note>; keep one");
        std::u16string line =
            word ? xml::text(word) : default_heading.substr(0, default_heading.find(u' '));
        for (const xmlNode* part : {purpose, note}) {
            if (part) line += u" " + xml::text(part);
        }
        while (!line.empty() && (line.back() == u' ' || line.back() == u':')) line.pop_back();
        l.heading = line + u":";
    }
    l.numbering = numbering(n, "১।");
    l.office_copy = yes_no(n, "office-copy", false);
    for (const xmlNode* to : xml::children(n)) {
        if (xml::name(to) != "to") continue;
        expect_only(to, {"b", "i", "br"});
        Recipient r;
        r.text = rich(to);
        r.purpose = u16(xml::attr(to, "purpose"));
        r.email = u16(xml::attr(to, "email"));
        l.recipients.push_back(std::move(r));
    }
    if (l.recipients.empty() && !l.office_copy) fail(n, "<" + xml::name(n) + "> has no <to>");
    return l;
}

void ElementReader::signatures_and_lists(const xmlNode* root, const std::string& what,
                                         std::vector<Signature>& signatures,
                                         std::vector<RecipientList>& lists) const {
    for (const xmlNode* n : xml::children(root)) {
        const std::string nm = xml::name(n);
        if (nm == "signature")
            signatures.push_back(signature(n));
        else if (nm == "distribution")
            lists.push_back(recipients(n, kDistributionHeading));
        else if (nm == "copies")
            lists.push_back(recipients(n, kCopiesHeading));
    }
    if (signatures.empty()) fail(root, what + " has no <signature>; the issuing officer signs it");
}

Endorsement ElementReader::endorsement(const xmlNode* n) const {
    expect_only(n, {"memo", "date", "distribution", "copies", "signature"});
    Endorsement e;
    e.pos = pos(n);
    e.new_page = yes_no(n, "new-page", false);
    e.repeat_letterhead = yes_no(n, "repeat-letterhead", false);
    e.memo_line = memo_line(n);
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        if (nm == "distribution")
            e.lists.push_back(recipients(c, kDistributionHeading));
        else if (nm == "copies")
            e.lists.push_back(recipients(c, kCopiesHeading));
        else if (nm == "signature")
            e.signatures.push_back(signature(c));
    }
    return e;
}

}  // namespace potro
