#include "model/parse_minutes.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <map>

#include "base/unicode.h"
#include "io/atomic_file.h"
#include "model/xml_reader.h"

#ifndef POTRO_TEMPLATE_DIR
#define POTRO_TEMPLATE_DIR "templates"
#endif

namespace potro {

namespace fs = std::filesystem;

std::string default_templates_dir() {
    if (const char* env = std::getenv("POTRO_TEMPLATE_DIR"); env && *env) return env;
    return POTRO_TEMPLATE_DIR;
}

namespace {

// Parsing stops at the first error; inside the reader it travels as an exception and leaves
// this file as a Result.
struct Failure {
    Diagnostic diagnostic;
};

class Reader {
  public:
    Reader(std::string file, std::string source, const ParseOptions& options)
        : file_(std::move(file)), source_(std::move(source)), options_(options) {}

    Minutes read(const xmlNode* root);
    // Filled while reading; mutable because the element readers are otherwise pure.
    mutable std::vector<Diagnostic> warnings;
    mutable std::vector<std::string> sources;

  private:
    [[noreturn]] void fail(const xmlNode* at, const std::string& message) const {
        throw Failure{make_error(xml::pos(at, file_, source_), message)};
    }
    SourcePos pos(const xmlNode* n) const { return xml::pos(n, file_, source_); }
    void expect_only(const xmlNode* n, std::initializer_list<const char*> allowed) const;
    // A yes/no attribute; anything else is an error naming the attribute.
    bool yes_no(const xmlNode* n, const char* attr, bool fallback) const {
        if (!xml::has_attr(n, attr)) return fallback;
        const std::string v = xml::attr(n, attr);
        if (v != "yes" && v != "no")
            fail(n, std::string(attr) + "=\"" + v + "\" must be yes or no");
        return v == "yes";
    }

    RichText rich(const xmlNode* n) const;
    Blocks blocks(const xmlNode* n) const;
    Block paragraph(const xmlNode* n) const;
    Block list(const xmlNode* n) const;
    Block table(const xmlNode* n) const;
    Block agenda(const xmlNode* n) const;
    Person person(const xmlNode* n) const;
    Signature signature(const xmlNode* n) const;
    GregorianDate date(const xmlNode* n) const;
    NumberingStyle numbering(const xmlNode* n, const std::string& fallback) const;
    void meeting(const xmlNode* n, Minutes& m) const;
    Issue issue(const xmlNode* n) const;
    RecipientList recipients(const xmlNode* n, const std::u16string& default_heading) const;
    Annex annex(const xmlNode* n) const;
    Letterhead letterhead(const xmlNode* n) const;
    std::string resolve(const xmlNode* at, const std::string& ref, const fs::path& base,
                        bool also_templates) const;

    std::string file_;
    std::string source_;
    const ParseOptions& options_;
};

std::u16string u16(const std::string& s) {
    auto r = utf8_to_utf16(s, "");
    return r ? to_nfc(r.value()) : u"";
}

void Reader::expect_only(const xmlNode* n, std::initializer_list<const char*> allowed) const {
    for (const xmlNode* c : xml::children(n)) {
        bool ok = false;
        for (const char* a : allowed) ok = ok || xml::name(c) == a;
        if (!ok) {
            std::string list;
            for (const char* a : allowed)
                list += std::string(list.empty() ? "" : ", ") + "<" + a + ">";
            fail(c, "unknown element <" + xml::name(c) + "> inside <" + xml::name(n) +
                        ">; expected " + (list.empty() ? "no elements" : list));
        }
    }
}

RichText Reader::rich(const xmlNode* n) const {
    RichText out;
    out.pos = pos(n);
    std::function<void(const xmlNode*, bool, bool)> walk = [&](const xmlNode* node, bool b,
                                                               bool i) {
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                const char* t = reinterpret_cast<const char*>(c->content);
                out.spans.push_back({u16(t ? t : ""), b, i});
                // u16 above folds nothing; whitespace is folded below across spans.
            } else if (c->type == XML_ELEMENT_NODE) {
                const std::string nm = xml::name(c);
                if (nm == "b") {
                    walk(c, true, i);
                } else if (nm == "i") {
                    walk(c, b, true);
                } else if (nm == "br") {
                    out.spans.push_back({u"\n", b, i});
                } else {
                    fail(c, "<" + nm + "> cannot stand inside text; only <b>, <i> and <br/> can");
                }
            }
        }
    };
    walk(n, false, false);
    // Fold runs of XML whitespace into one space across the spans and trim both ends, as a
    // reader of the XML would expect; an explicit <br/> survives.
    bool pending = false, started = false;
    for (auto& span : out.spans) {
        std::u16string folded;
        for (char16_t c : span.text) {
            if (c == u' ' || c == u'\t' || c == u'\r' || (c == u'\n' && span.text != u"\n")) {
                pending = started;
                continue;
            }
            if (pending && c != u'\n') folded += u' ';
            pending = false;
            started = c != u'\n' || started;
            folded += c;
        }
        span.text = folded;
    }
    return out;
}

Block Reader::paragraph(const xmlNode* n) const {
    expect_only(n, {"b", "i", "br"});
    ParagraphNode p;
    p.text = rich(n);
    p.label = u16(xml::attr(n, "label"));
    return Block{p};
}

NumberingStyle Reader::numbering(const xmlNode* n, const std::string& fallback) const {
    const std::string sample = xml::attr(n, "numbering", fallback);
    auto style = NumberingStyle::parse(sample);
    if (!style) fail(n, style.error().message);
    return style.value();
}

Block Reader::list(const xmlNode* n) const {
    expect_only(n, {"item"});
    ListNode l;
    l.numbering = numbering(n, "১.");
    l.start = std::stoi("0" + xml::attr(n, "start", "1"));
    for (const xmlNode* item : xml::children(n)) l.items.push_back(blocks(item));
    if (l.items.empty()) fail(n, "<list> has no <item>; add items or remove the list");
    return Block{l};
}

Block Reader::table(const xmlNode* n) const {
    expect_only(n, {"head", "row"});
    TableNode t;
    t.pos = pos(n);
    t.borders = yes_no(n, "borders", true);
    for (const xmlNode* section : xml::children(n)) {
        expect_only(section, {"cell"});
        std::vector<Blocks> cells;
        for (const xmlNode* cell : xml::children(section)) cells.push_back(blocks(cell));
        (xml::name(section) == "head" ? t.head : t.rows).push_back(std::move(cells));
    }
    if (t.rows.empty()) fail(n, "<table> has no <row>; a table needs at least one row");
    size_t columns = t.head.empty() ? t.rows.front().size() : t.head.front().size();
    const std::string widths = xml::attr(n, "widths");
    if (!widths.empty()) {
        std::string word;
        for (char c : widths + " ") {
            if (c == ' ') {
                if (!word.empty()) {
                    char* end = nullptr;
                    double w = std::strtod(word.c_str(), &end);
                    if (*end || w <= 0)
                        fail(n, "widths=\"" + widths + "\" must be positive numbers");
                    t.widths.push_back(w);
                }
                word.clear();
            } else {
                word += c;
            }
        }
        columns = t.widths.size();
    }
    const auto row_nodes = xml::children(n);
    for (size_t r = 0; r < row_nodes.size(); ++r) {
        const size_t count = xml::children(row_nodes[r]).size();
        if (count != columns) {
            fail(row_nodes[r], "this <" + xml::name(row_nodes[r]) + "> has " +
                                   std::to_string(count) + " cells but the table has " +
                                   std::to_string(columns) + " columns");
        }
    }
    if (t.widths.empty()) t.widths.assign(columns, 1.0);
    return Block{t};
}

Block Reader::agenda(const xmlNode* n) const {
    expect_only(n, {"item"});
    AgendaNode a;
    a.numbering = numbering(n, "১.০");
    a.start = std::stoi("0" + xml::attr(n, "start", "1"));
    for (const xmlNode* item : xml::children(n)) {
        expect_only(item, {"title", "discussion", "decision"});
        AgendaItem ai;
        const xmlNode* title = xml::child(item, "title");
        if (!title) fail(item, "an agenda <item> needs a <title> (the আলোচ্য বিষয়)");
        ai.title = rich(title);
        if (xml::has_attr(title, "label")) ai.title_label = u16(xml::attr(title, "label"));
        if (const xmlNode* d = xml::child(item, "discussion")) {
            ai.discussion = blocks(d);
            if (xml::has_attr(d, "label")) ai.discussion_label = u16(xml::attr(d, "label"));
        }
        if (const xmlNode* d = xml::child(item, "decision")) {
            ai.decision = blocks(d);
            if (xml::has_attr(d, "label")) ai.decision_label = u16(xml::attr(d, "label"));
        }
        a.items.push_back(std::move(ai));
    }
    return Block{a};
}

Blocks Reader::blocks(const xmlNode* n) const {
    Blocks out;
    bool structured = false;
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        structured = structured || nm == "p" || nm == "list" || nm == "table" || nm == "agenda";
    }
    if (!structured) {
        ParagraphNode p;
        p.text = rich(n);
        p.label = u16(xml::attr(n, "label"));
        if (!p.text.empty()) out.push_back(Block{p});
        return out;
    }
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && !xml::text(c).empty()) {
            fail(n, "text beside <p>, <list> or <table> in <" + xml::name(n) +
                        ">: put it in its own <p>");
        }
    }
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        if (nm == "p")
            out.push_back(paragraph(c));
        else if (nm == "list")
            out.push_back(list(c));
        else if (nm == "table")
            out.push_back(table(c));
        else if (nm == "agenda")
            out.push_back(agenda(c));
        else
            fail(c, "unknown element <" + nm + "> in <" + xml::name(n) +
                        ">; expected <p>, <list>, <table> or <agenda>");
    }
    return out;
}

Person Reader::person(const xmlNode* n) const {
    Person p;
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        const std::u16string t = xml::text(c);
        if (nm == "name")
            p.name = t;
        else if (nm == "designation")
            p.designation += (p.designation.empty() ? u"" : u"\n") + t;
        else if (nm == "office")
            p.office += (p.office.empty() ? u"" : u"\n") + t;
        else if (nm == "phone")
            p.phone = t;
        else if (nm == "fax")
            p.fax = t;
        else if (nm == "email")
            p.email = t;
        else
            fail(c, "unknown element <" + nm + "> in <" + xml::name(n) +
                        ">; expected <name>, <designation>, <office>, <phone>, <fax>, <email>");
    }
    if (p.name.empty()) fail(n, "<" + xml::name(n) + "> needs a <name>");
    return p;
}

GregorianDate Reader::date(const xmlNode* n) const {
    const std::string t = xml::attr(n, "value", std::string());
    const std::u16string content = xml::text(n);
    const std::string iso = t.empty() ? utf16_to_utf8(content) : t;
    auto d = parse_iso_date(iso);
    if (!d) {
        fail(n, "\"" + iso +
                    "\" is not a date; write it as YYYY-MM-DD (for example 2025-02-25) "
                    "and check that the day exists in that month");
    }
    return *d;
}

Signature Reader::signature(const xmlNode* n) const {
    Signature s;
    s.pos = pos(n);
    s.person = person(n);
    s.marker = u16(xml::attr(n, "marker"));
    s.name_in_parentheses = yes_no(n, "parentheses", false);
    s.field = xml::attr(n, "field");
    if (xml::has_attr(n, "signed")) {
        auto d = parse_iso_date(xml::attr(n, "signed"));
        if (!d) fail(n, "signed=\"" + xml::attr(n, "signed") + "\" is not a date (YYYY-MM-DD)");
        s.signed_on = *d;
    }
    return s;
}

void Reader::meeting(const xmlNode* n, Minutes& m) const {
    expect_only(n, {"chair", "date", "time", "place", "attendance"});
    m.meeting_layout = xml::attr(n, "layout", "table");
    if (m.meeting_layout != "table" && m.meeting_layout != "lines") {
        fail(n, "layout=\"" + m.meeting_layout + "\" must be table or lines");
    }
    m.meeting.pos = pos(n);
    const xmlNode* chair = xml::child(n, "chair");
    if (!chair) fail(n, "the meeting has no <chair>; name who chaired it (সভাপতি)");
    m.meeting.chair = person(chair);
    if (const xmlNode* d = xml::child(n, "date"))
        m.meeting.date = date(d);
    else
        fail(n, "the meeting has no <date>; give it as <date>YYYY-MM-DD</date>");
    if (const xmlNode* t = xml::child(n, "time")) {
        const std::string v = utf16_to_utf8(xml::text(t));
        auto tm = parse_iso_time(v);
        if (!tm)
            fail(t, "\"" + v + "\" is not a time; write it as HH:MM on the 24-hour clock (15:30)");
        m.meeting.time = *tm;
        m.meeting.time_period = u16(xml::attr(t, "period"));
        if (xml::has_attr(t, "separator") || xml::has_attr(t, "suffix") ||
            xml::has_attr(t, "pad")) {
            TimeWording w;
            w.separator = xml::attr(t, "separator", w.separator);
            w.suffix = xml::attr(t, "suffix", w.suffix);
            w.pad_hour = yes_no(t, "pad", false);
            m.meeting.time_wording = w;
        }
    }
    if (const xmlNode* p = xml::child(n, "place")) m.meeting.place = xml::text(p);
    if (const xmlNode* a = xml::child(n, "attendance")) m.meeting.attendance = xml::text(a);
}

RecipientList Reader::recipients(const xmlNode* n, const std::u16string& default_heading) const {
    expect_only(n, {"to"});
    RecipientList l;
    l.heading = xml::has_attr(n, "heading") ? u16(xml::attr(n, "heading")) : default_heading;
    l.numbering = numbering(n, "১।");
    l.office_copy = yes_no(n, "office-copy", false);
    for (const xmlNode* to : xml::children(n)) {
        expect_only(to, {"b", "i", "br"});
        l.recipients.push_back({rich(to), u16(xml::attr(to, "purpose"))});
    }
    if (l.recipients.empty() && !l.office_copy) fail(n, "<" + xml::name(n) + "> has no <to>");
    return l;
}

Issue Reader::issue(const xmlNode* n) const {
    expect_only(n, {"memo", "date", "distribution", "copies", "signature"});
    Issue is;
    is.pos = pos(n);
    is.new_page = yes_no(n, "new-page", false);
    is.repeat_letterhead = yes_no(n, "repeat-letterhead", false);
    const xmlNode* memo = xml::child(n, "memo");
    if (!memo) fail(n, "<issue> needs a <memo> (the স্মারক নম্বর)");
    // Either the number as text, or its segments: <code>…</code>… <serial>…</serial>
    // [<endorsement>…</endorsement>] [<copies>…</copies>], joined here and checked alike.
    // With serial="auto" only the file code is given; a memo register adds the serial.
    is.serial_from_register = xml::attr(memo, "serial") == "auto";
    if (xml::has_attr(memo, "serial") && !is.serial_from_register)
        fail(memo, "serial=\"" + xml::attr(memo, "serial") +
                       "\" must be auto (or left out and the serial written in the number)");
    std::string memo_text;
    if (xml::children(memo).empty()) {
        memo_text = utf16_to_utf8(xml::text(memo));
    } else {
        expect_only(memo, {"code", "serial", "endorsement", "copies"});
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
        if (is.serial_from_register && !serial.empty())
            fail(memo, "serial=\"auto\" asks a register for the serial; leave out <serial>");
        if (!is.serial_from_register && serial.empty())
            fail(memo, "a memo number given as segments needs a <serial> (the letter's serial)");
        memo_text = is.serial_from_register ? codes : codes + "." + serial + endorsement + copies;
    }
    if (is.serial_from_register) {
        if (xml::attr(memo, "format") == "free")
            fail(memo, "a free-text memo number cannot take its serial from a register");
        auto code = parse_file_code(memo_text);
        if (!code) fail(memo, code.error().message);
        is.memo = code.value();
    } else {
        auto parsed = parse_memo_number(memo_text, xml::attr(memo, "format") == "free");
        if (!parsed) fail(memo, parsed.error().message);
        is.memo = parsed.value();
    }
    if (xml::has_attr(memo, "label")) is.memo_label = u16(xml::attr(memo, "label"));
    const xmlNode* d = xml::child(n, "date");
    if (!d) fail(n, "<issue> needs a <date> (YYYY-MM-DD), written as the dual date");
    is.date = date(d);
    if (auto w = memo_year_warning(is.memo, is.date.year)) {
        warnings.push_back(make_warning(pos(memo), *w));
    }
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        if (nm == "distribution") {
            is.lists.push_back(recipients(c, u"বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):"));
        } else if (nm == "copies") {
            is.lists.push_back(recipients(c,
                                          u"অনুলিপি সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ "
                                          u"করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):"));
        } else if (nm == "signature") {
            is.signatures.push_back(signature(c));
        }
    }
    return is;
}

Annex Reader::annex(const xmlNode* n) const {
    expect_only(n, {"heading", "note", "attendee"});
    Annex a;
    if (xml::has_attr(n, "title")) a.title = u16(xml::attr(n, "title"));
    if (const xmlNode* h = xml::child(n, "heading")) a.heading = xml::text(h);
    if (const xmlNode* h = xml::child(n, "note")) a.note = xml::text(h);
    for (const xmlNode* c : xml::children(n)) {
        if (xml::name(c) != "attendee") continue;
        expect_only(c, {"name", "designation", "office", "phone"});
        Attendee at;
        for (const xmlNode* f : xml::children(c)) {
            const std::string nm = xml::name(f);
            (nm == "name"          ? at.name
             : nm == "designation" ? at.designation
             : nm == "office"      ? at.office
                                   : at.phone) = xml::text(f);
        }
        if (at.name.empty()) fail(c, "an <attendee> needs a <name>");
        a.attendees.push_back(std::move(at));
    }
    return a;
}

std::string Reader::resolve(const xmlNode* at, const std::string& ref, const fs::path& base,
                            bool also_templates) const {
    const fs::path p(ref);
    if (ref.empty()) fail(at, "an empty file reference");
    std::error_code ec;
    if (p.is_absolute()) {
        if (!options_.allow_absolute_paths) {
            fail(at, "\"" + ref +
                         "\" is an absolute path; name files relative to the document "
                         "(or to the templates folder), or allow absolute paths with "
                         "--allow-absolute-paths");
        }
        if (fs::is_regular_file(p, ec)) return p.string();
        fail(at, "cannot find \"" + ref + "\"");
    }
    for (const auto& part : p) {
        if (part == "..") {
            fail(at, "\"" + ref +
                         "\" leaves the document's folder; keep letterheads and images "
                         "beside the document or in the templates folder");
        }
    }
    // A symbolic link may still lead out of the folder: the file's real place must be inside.
    auto inside = [&](const fs::path& root) -> std::optional<std::string> {
        const fs::path candidate = root / p;
        if (!fs::exists(candidate, ec)) return std::nullopt;
        const fs::path real = fs::weakly_canonical(candidate, ec);
        const fs::path real_root = fs::weakly_canonical(root.empty() ? "." : root, ec);
        const auto [r, c] =
            std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
        if (ec || r != real_root.end()) {
            fail(at, "\"" + ref + "\" leads outside " +
                         (root == base ? "the document's folder" : "the templates folder") +
                         " (through a symbolic link); copy the file into the folder instead");
        }
        if (!fs::is_regular_file(candidate, ec)) fail(at, "\"" + ref + "\" is not a file");
        return candidate.string();
    };
    if (auto found = inside(base)) return *found;
    if (also_templates) {
        if (auto found = inside(fs::path(options_.templates_dir))) return *found;
    }
    fail(at, "cannot find \"" + ref + "\" (looked beside the document" +
                 std::string(also_templates ? " and in the templates folder" : "") + ")");
}

Letterhead Reader::letterhead(const xmlNode* n) const {
    if (xml::has_attr(n, "ref")) {
        const std::string path =
            resolve(n, xml::attr(n, "ref"), fs::path(file_).parent_path(), true);
        auto bytes = read_file(path);
        if (!bytes) throw Failure{bytes.error()};
        sources.push_back(path);
        auto doc = xml::parse(bytes.value(), path);
        if (!doc) throw Failure{doc.error()};
        const xmlNode* root = xmlDocGetRootElement(doc.value().get());
        if (xml::name(root) != "letterhead") {
            throw Failure{make_error(xml::pos(root, path, bytes.value()),
                                     "a letterhead file must have <letterhead> as its root")};
        }
        Reader inner(path, bytes.value(), options_);
        Letterhead lh = inner.letterhead(root);
        warnings.insert(warnings.end(), inner.warnings.begin(), inner.warnings.end());
        sources.insert(sources.end(), inner.sources.begin(), inner.sources.end());
        return lh;
    }
    expect_only(n, {"line", "website", "emblem"});
    Letterhead lh;
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        if (nm == "line")
            lh.lines.push_back(xml::text(c));
        else if (nm == "website")
            lh.website = xml::text(c);
        else if (nm == "emblem") {
            lh.emblem = resolve(c, xml::attr(c, "src"), fs::path(file_).parent_path(), true);
            auto bytes = read_file(lh.emblem);
            sources.push_back(lh.emblem);
            const std::string problem = bytes ? image_problem(bytes.value()) : "cannot be read";
            if (problem.empty()) {
                lh.emblem_pixels = *image_pixel_size(bytes.value());
            } else {
                warnings.push_back(make_warning(pos(c), "\"" + xml::attr(c, "src") + "\" " +
                                                            problem + "; the emblem is left out"));
            }
            if (xml::has_attr(c, "height")) lh.emblem_height_mm = std::stof(xml::attr(c, "height"));
        }
    }
    return lh;
}

Minutes Reader::read(const xmlNode* root) {
    if (xml::name(root) != "minutes") {
        fail(root,
             "the root element is <" + xml::name(root) + ">; a minutes file starts with <minutes>");
    }
    expect_only(root, {"letterhead", "subject", "meeting", "body", "closing", "signature", "issue",
                       "annex"});
    Minutes m;
    m.file = file_;
    m.template_name = xml::attr(root, "template", "standard");
    for (char c : m.template_name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') {
            fail(root, "template=\"" + m.template_name +
                           "\" must be the name of a template in templates/minutes/, such as "
                           "standard or district");
        }
    }
    m.id = xml::attr(root, "id");
    if (const xmlNode* lh = xml::child(root, "letterhead")) {
        m.letterhead = letterhead(lh);
        m.letterhead_present = true;
        m.letterhead_on_top = yes_no(lh, "top", true);
    }
    const xmlNode* subject = xml::child(root, "subject");
    if (!subject) fail(root, "the minutes have no <subject>; give the meeting's title");
    m.subject = rich(subject);
    if (xml::has_attr(subject, "label")) m.subject_label = u16(xml::attr(subject, "label"));
    const xmlNode* mt = xml::child(root, "meeting");
    if (!mt) fail(root, "the minutes have no <meeting> (chair, date, time, place)");
    meeting(mt, m);
    if (const xmlNode* body = xml::child(root, "body")) m.body = blocks(body);
    if (const xmlNode* c = xml::child(root, "closing")) m.closing = rich(c);
    for (const xmlNode* c : xml::children(root)) {
        if (xml::name(c) == "signature") m.signatures.push_back(signature(c));
    }
    if (m.signatures.empty()) fail(root, "the minutes have no <signature>; the chair signs them");
    if (const xmlNode* is = xml::child(root, "issue")) m.issue = issue(is);
    if (const xmlNode* a = xml::child(root, "annex")) m.annex = annex(a);
    if (m.meeting.attendance.empty()) {
        m.meeting.attendance = m.annex ? m.annex->title : u"পরিশিষ্ট 'ক'";
    }
    if (m.issue && m.meeting.date && m.issue->date < *m.meeting.date) {
        warnings.push_back(make_warning(
            m.issue->pos, "the minutes are issued before the meeting took place; check the dates"));
    }
    return m;
}

}  // namespace

Result<ParsedMinutes> parse_minutes_tree(xmlDoc* doc, const std::string& xml_text,
                                         const std::string& path, const ParseOptions& options) {
    Reader reader(path, xml_text, options);
    try {
        ParsedMinutes out;
        out.minutes = reader.read(xmlDocGetRootElement(doc));
        out.warnings = std::move(reader.warnings);
        out.sources = std::move(reader.sources);
        return out;
    } catch (const Failure& f) {
        return f.diagnostic;
    }
}

Result<ParsedMinutes> parse_minutes_text(const std::string& xml_text, const std::string& path,
                                         const ParseOptions& options) {
    auto doc = xml::parse(xml_text, path);
    if (!doc) return doc.error();
    return parse_minutes_tree(doc.value().get(), xml_text, path, options);
}

Result<ParsedMinutes> parse_minutes_file(const std::string& path, const ParseOptions& options) {
    auto bytes = read_file(path);
    if (!bytes) return bytes.error();
    if (auto utf = utf8_to_utf16(bytes.value(), path); !utf) return utf.error();
    return parse_minutes_text(bytes.value(), path, options);
}

}  // namespace potro
