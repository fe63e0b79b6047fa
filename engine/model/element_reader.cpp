#include "model/element_reader.h"

#include <cctype>

#include "bangla/typed_date.h"
#include "base/unicode.h"

namespace potro {

ElementReader::ElementReader(const Source& source, SourceName name, const std::string& text,
                             const ReadOptions& options, ReadLog& log)
    : source_(source),
      name_(std::move(name)),
      file_(source.describe(name_)),
      text_(text),
      options_(options),
      log_(log) {}

void ElementReader::fail(const xmlNode* at, const std::string& message) const {
    throw ReadFailure{make_error(pos(at), message)};
}

void ElementReader::error(const xmlNode* at, const std::string& message) const {
    // A file of nothing but mistakes stops here; far more than anyone reads.
    constexpr size_t kMaxErrors = 1000;
    if (log_.errors.size() >= kMaxErrors) fail(at, message);
    log_.errors.push_back(make_error(pos(at), message));
}

void ElementReader::warn(const xmlNode* at, const std::string& message) const {
    log_.warnings.push_back(make_warning(pos(at), message));
}

void ElementReader::warn(const SourcePos& at, const std::string& message) const {
    log_.warnings.push_back(make_warning(at, message));
}

std::u16string ElementReader::u16(const std::string& s) {
    auto r = utf8_to_utf16(s, "");
    return r ? to_nfc(r.value()) : u"";
}

void ElementReader::expect_only(const xmlNode* n,
                                std::initializer_list<const char*> allowed) const {
    for (const xmlNode* c : xml::children(n)) {
        bool ok = false;
        for (const char* a : allowed) ok = ok || xml::name(c) == a;
        if (!ok) {
            std::string list;
            for (const char* a : allowed)
                list += std::string(list.empty() ? "" : ", ") + "<" + a + ">";
            error(c, "unknown element <" + xml::name(c) + "> inside <" + xml::name(n) +
                         ">; expected " + (list.empty() ? "no elements" : list));
        }
    }
}

bool ElementReader::yes_no(const xmlNode* n, const char* attr, bool fallback) const {
    if (!xml::has_attr(n, attr)) return fallback;
    const std::string v = xml::attr(n, attr);
    if (v != "yes" && v != "no") fail(n, std::string(attr) + "=\"" + v + "\" must be yes or no");
    return v == "yes";
}

DocumentHeader ElementReader::header(const xmlNode* root, const std::string& kind_folder) const {
    DocumentHeader h;
    h.name = name_;
    h.file = file_;
    h.template_name = xml::attr(root, "template", "standard");
    for (char c : h.template_name) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') {
            fail(root, "template=\"" + h.template_name +
                           "\" must be the name of a template in templates/" + kind_folder +
                           "/, such as standard");
        }
    }
    h.id = xml::attr(root, "id");
    return h;
}

GregorianDate ElementReader::date(const xmlNode* n) const {
    const std::string t = xml::attr(n, "value", std::string());
    const std::string typed = t.empty() ? utf16_to_utf8(xml::text(n)) : t;
    const TypedDate d = read_typed_date(typed);
    if (!d.date) {
        error(n, "\"" + typed + "\" is not a date: " + d.problem);
        return GregorianDate{2000, 1, 1};  // a stand-in: reading goes on to the next problem
    }
    if (d.order == DateOrder::DayFirst) {
        warn(n, "\"" + typed + "\" was read as day " + std::to_string(d.date->day) + " of month " +
                    std::to_string(d.date->month) + "; write it as " + format_iso_date(*d.date) +
                    " (YYYY-MM-DD), which no reader can take for month first");
    }
    return *d.date;
}

TimeOfDay ElementReader::time(const xmlNode* n) const {
    const std::string v = utf16_to_utf8(xml::text(n));
    auto tm = read_typed_time(v);
    if (!tm) {
        error(n, "\"" + v + "\" is not a time; write it as HH:MM on the 24-hour clock (15:30)");
        return TimeOfDay{};
    }
    return *tm;
}

NumberingStyle ElementReader::numbering(const xmlNode* n, const std::string& fallback) const {
    const std::string sample = xml::attr(n, "numbering", fallback);
    auto style = NumberingStyle::parse(sample);
    if (!style) fail(n, style.error().message);
    return style.value();
}

}  // namespace potro
