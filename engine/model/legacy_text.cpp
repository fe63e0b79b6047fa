#include "model/legacy_text.h"

#include <string_view>

#include "bangla/bijoy.h"
#include "bangla/script.h"
#include "base/unicode.h"
#include "model/word_elements.h"
#include "model/xml_reader.h"

namespace potro {

namespace {

// The first stretch of the text between Bangla letters that reads like Bijoy, or empty.
std::u16string bijoy_run(std::u16string_view text) {
    size_t start = 0;
    while (start < text.size()) {
        while (start < text.size() && is_bangla_text(text[start])) ++start;
        size_t end = start;
        while (end < text.size() && !is_bangla_text(text[end])) ++end;
        const std::u16string_view run = text.substr(start, end - start);
        if (looks_like_bijoy(run)) return std::u16string(run);
        start = end;
    }
    return {};
}

std::string trimmed_quote(std::u16string run) {
    while (!run.empty() && (run.front() == u' ' || run.front() == u'\n')) run.erase(0, 1);
    while (!run.empty() && (run.back() == u' ' || run.back() == u'\n')) run.pop_back();
    if (run.size() > 40) run = run.substr(0, 40) + u"…";
    return utf16_to_utf8(run);
}

void scan(const xmlNode* element, const std::string& file, const std::string& bytes,
          std::vector<Diagnostic>* out) {
    if (holds_no_words(xml::name(element))) return;
    bool reported = false;
    for (const xmlNode* c = element->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            scan(c, file, bytes, out);
        } else if (c->type == XML_TEXT_NODE && c->content && !reported) {
            const std::u16string text = utf16_of(reinterpret_cast<const char*>(c->content));
            const std::u16string run = bijoy_run(text);
            if (run.empty()) continue;
            reported = true;
            out->push_back(make_error(
                xml::pos(element, file, bytes),
                "\"" + trimmed_quote(run) +
                    "\" looks like Bijoy (SutonnyMJ) text, which prints as Latin letters; "
                    "type it again in Unicode Bangla (Avro, or Bijoy's Unicode mode), or "
                    "convert it with a Bijoy-to-Unicode converter and paste the result"));
        }
    }
}

}  // namespace

std::vector<Diagnostic> legacy_text_errors(const xmlNode* root, const std::string& file,
                                           const std::string& bytes) {
    std::vector<Diagnostic> out;
    if (root) scan(root, file, bytes, &out);
    return out;
}

}  // namespace potro
