#include "model/bijoy_document.h"

#include <libxml/tree.h>

#include <memory>

#include "bangla/bijoy.h"
#include "bangla/bijoy_to_unicode.h"
#include "bangla/script.h"
#include "base/unicode.h"
#include "base/windows1252.h"
#include "model/word_elements.h"
#include "model/xml_reader.h"

namespace potro {

namespace {

// A file as text: UTF-8, or else the Windows-1252 (ANSI) bytes Bijoy files are saved in.
std::u16string as_utf16(const std::string& bytes) {
    auto utf = utf8_to_utf16(bytes, "");
    return utf ? std::move(utf.value()) : windows1252_to_utf16(bytes);
}

bool is_text(const xmlNode* n) {
    return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content;
}

std::u16string content_of(const xmlNode* n) {
    return utf16_of(reinterpret_cast<const char*>(n->content));
}

struct Walk {
    const std::string& file;
    const std::string& source;
    BijoyScope scope;
    BijoyConversion* out;

    void element(xmlNode* e, bool inside_converted) {
        if (holds_no_words(xml::name(e))) return;
        // An element decides by its own text when that is long enough to tell (the detector
        // needs a dozen letters); a short one inside converted text (<b>Rbve</b>) goes with it.
        bool bijoy = false, english = false, latin_only = false;
        for (const xmlNode* c = e->children; c; c = c->next) {
            if (!is_text(c)) continue;
            const std::u16string text = content_of(c);
            if (!first_bijoy_run(text).empty()) bijoy = true;
            int bangla = 0, latin = 0;
            for (char16_t ch : text) {
                bangla += is_bangla_letter(ch) ? 1 : 0;
                latin += (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') ? 1 : 0;
            }
            latin_only = latin_only || (latin > 0 && bangla == 0);
            english = english || (bangla == 0 && latin >= 12);
        }
        english = english && !bijoy;
        const bool convert =
            scope == BijoyScope::AllText || bijoy || (inside_converted && !english);
        bool changed = false;
        for (xmlNode* c = e->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                element(c, convert);
            } else if (convert && is_text(c)) {
                const std::string before = reinterpret_cast<const char*>(c->content);
                const std::string after = utf16_to_utf8(bijoy_to_unicode(content_of(c)));
                if (after == before) continue;
                xmlNodeSetContent(c, reinterpret_cast<const xmlChar*>(after.c_str()));
                changed = true;
            }
        }
        if (changed) ++out->converted;
        if (!convert && latin_only) {
            out->left.push_back(make_warning(
                xml::pos(e, file, source),
                "<" + xml::name(e) +
                    "> keeps its Latin text: too short to tell Bijoy from English (--all "
                    "converts it)"));
        }
    }
};

}  // namespace

Result<BijoyConversion> convert_bijoy_document(const std::string& bytes, const std::string& file,
                                               BijoyScope scope) {
    // An ANSI file is read as Windows-1252 and parsed as the UTF-8 it becomes.
    const std::string utf8 = utf16_to_utf8(as_utf16(bytes));
    auto doc = xml::parse(utf8, file);
    if (!doc) return doc.error();
    BijoyConversion result;
    Walk walk{file, utf8, scope, &result};
    if (xmlNode* root = xmlDocGetRootElement(doc.value().get())) walk.element(root, false);
    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc.value().get(), &buffer, &size, "UTF-8");
    if (!buffer) return make_error({file, 0, 0}, "cannot write the converted document");
    result.xml.assign(reinterpret_cast<const char*>(buffer), static_cast<size_t>(size));
    xmlFree(buffer);
    return result;
}

std::string convert_bijoy_text(const std::string& bytes) {
    return utf16_to_utf8(bijoy_to_unicode(as_utf16(bytes)));
}

}  // namespace potro
