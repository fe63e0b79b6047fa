#include "jobs/recipient_copies.h"

#include <algorithm>

#include "base/csv.h"
#include "base/unicode.h"
#include "export/exporter.h"

namespace potro {

namespace {

// Bangla letters, signs and digits, the joiners that shape them, and ASCII letters and digits
// stay; everything else separates words.
bool keeps(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (c == 0x0964 || c == 0x0965) return false;  // দাঁড়ি
    return (c >= 0x0980 && c <= 0x09FF) || c == 0x200C || c == 0x200D;
}

constexpr size_t kMaxNameCodePoints = 40;

}  // namespace

std::string recipient_copy_stem(const std::string& stem, size_t index, size_t count,
                                const std::u16string& recipient) {
    std::u16string words;
    size_t code_points = 0;
    size_t last_break = 0;
    bool cut = false;
    for (size_t i = 0; i < recipient.size();) {
        size_t next = i;
        const char32_t c = code_point_at(recipient, i, &next);
        if (keeps(c)) {
            if (code_points == kMaxNameCodePoints) {
                cut = true;
                break;
            }
            append_code_point(words, c);
            ++code_points;
        } else if (!words.empty() && words.back() != u'-') {
            last_break = words.size();
            words += u'-';
        }
        i = next;
    }
    // A name cut short ends at a word's end, never inside a conjunct.
    if (cut && last_break > 0) words.resize(last_break);
    while (!words.empty() && words.back() == u'-') words.pop_back();
    std::string number = std::to_string(index + 1);
    const size_t width = std::to_string(count).size();
    if (number.size() < width) number.insert(0, width - number.size(), '0');
    std::string out = stem + "-" + number;
    if (!words.empty()) out += "-" + utf16_to_utf8(words);
    return out;
}

std::string recipient_copies_csv(const std::vector<RecipientCopy>& copies,
                                 const std::vector<std::string>& formats) {
    std::string out = kCsvByteOrderMark;
    out += "number,recipient,email";
    for (const std::string& f : formats) out += "," + f;
    out += "\r\n";
    for (size_t i = 0; i < copies.size(); ++i) {
        const RecipientCopy& c = copies[i];
        out += std::to_string(i + 1) + "," + csv_field(utf16_to_utf8(c.recipient.text)) + "," +
               csv_field(utf16_to_utf8(c.recipient.email));
        for (const std::string& f : c.files) out += "," + csv_field(f);
        out += "\r\n";
    }
    return out;
}

std::vector<std::string> recipient_copy_names(const std::vector<RecipientEntry>& entries,
                                              const std::string& stem,
                                              const std::vector<std::string>& extensions) {
    std::vector<std::string> names;
    for (size_t i = 0; i < entries.size(); ++i) {
        const std::string copy_stem = recipient_copy_stem(stem, i, entries.size(), entries[i].text);
        for (const std::string& e : extensions) names.push_back(copy_stem + e);
    }
    names.push_back(stem + "-recipients.csv");
    return names;
}

Result<RenderedCopies> render_recipient_copies(Engine& engine, const ReadDocument& doc,
                                               RenderRequest request, const std::string& stem) {
    const std::vector<RecipientEntry> entries = doc.doc().recipients();
    if (entries.empty()) {
        return make_error({doc.doc().header().file, 0, 0},
                          "the document has no distribution or copy list, so there is no one to "
                          "make a copy for; leave out --per-recipient");
    }
    std::vector<std::string> extensions;
    for (const std::string& f : request.formats) {
        auto e = exporter_for(f);
        if (!e) return e.error();
        extensions.push_back(e.value()->extension());
    }
    const std::vector<std::string> names = recipient_copy_names(entries, stem, extensions);
    RenderedCopies out;
    std::vector<RecipientCopy> copies;
    for (size_t i = 0; i < entries.size(); ++i) {
        request.copy_for = i;
        auto rendered = engine.render(doc, request);
        if (!rendered) return rendered.error();
        if (i == 0) out.warnings = rendered.value().warnings;
        out.pages = std::max(out.pages, rendered.value().pages);
        RecipientCopy copy{entries[i], {}};
        for (size_t k = 0; k < extensions.size(); ++k) {
            copy.files.push_back(names[i * extensions.size() + k]);
            out.files.push_back({copy.files.back(), std::move(rendered.value().files[k].bytes)});
        }
        copies.push_back(std::move(copy));
    }
    out.files.push_back({names.back(), recipient_copies_csv(copies, request.formats)});
    return out;
}

}  // namespace potro
