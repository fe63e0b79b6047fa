#include <functional>

#include "model/element_reader.h"

namespace potro {

RichText ElementReader::rich(const xmlNode* n) const {
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

}  // namespace potro
