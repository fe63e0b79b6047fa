#include "model/legacy_text.h"

#include <string_view>

#include "bangla/bijoy.h"
#include "bangla/script.h"
#include "base/unicode.h"
#include "model/word_elements.h"
#include "model/xml_reader.h"

namespace potro {

namespace {

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
            const std::u16string run(first_bijoy_run(text));
            if (run.empty()) continue;
            reported = true;
            out->push_back(make_error(
                xml::pos(element, file, bytes),
                "\"" + trimmed_quote(run) +
                    "\" looks like Bijoy (SutonnyMJ) text, which prints as Latin letters; "
                    "convert the file with `potro convert --from bijoy FILE -o NEW.xml`, or "
                    "type it again in Unicode Bangla (Avro, or Bijoy's Unicode mode)"));
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
