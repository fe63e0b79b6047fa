#include "assembly/template.h"

#include "base/unicode.h"
#include "model/xml_reader.h"

namespace potro {

std::u16string Template::phrase(const std::string& key) const {
    auto it = phrases.find(key);
    return it == phrases.end() ? u"" : it->second;
}

namespace {

float number(const xmlNode* n, const char* attr, float fallback) {
    const std::string v = xml::attr(n, attr);
    if (v.empty()) return fallback;
    return std::stof(v);
}

}  // namespace

Result<Template> load_template(const Source& source, const std::string& kind_folder,
                               const std::string& name) {
    for (char c : name) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) {
            return make_error(
                {}, "template name \"" + name + "\" may only have letters, digits, - and _");
        }
    }
    const SourceName file{Area::Templates, kind_folder + "/" + name + ".xml"};
    const std::string path = source.describe(file);
    auto bytes = source.read(file);
    if (!bytes) {
        Diagnostic d = bytes.error();
        d.message = "there is no template \"" + name + "\" (" + path + ")";
        return d;
    }
    auto doc = xml::parse(bytes.value(), path);
    if (!doc) return doc.error();
    const xmlNode* root = xmlDocGetRootElement(doc.value().get());
    Template t;
    t.name = name;
    t.file = file;
    t.fonts = FontSetSpec::bundled();
    try {
        if (const xmlNode* page = xml::child(root, "page")) {
            const std::string size = xml::attr(page, "size", "A4");
            if (size == "Legal")
                t.page = PageGeometry::legal();
            else if (size != "A4")
                throw make_error(xml::pos(page, path, bytes.value()),
                                 "page size must be A4 or Legal");
            t.page.margin_top = number(page, "top", 20) * kPointsPerMm;
            t.page.margin_bottom = number(page, "bottom", 20) * kPointsPerMm;
            t.page.margin_left = number(page, "left", 25) * kPointsPerMm;
            t.page.margin_right = number(page, "right", 20) * kPointsPerMm;
        }
        if (const xmlNode* a = xml::child(root, "archive")) {
            const std::string v = xml::attr(a, "pdfa", "none");
            if (v == "2" || v == "2u")
                t.pdfa_part = 2;
            else if (v == "3" || v == "3u")
                t.pdfa_part = 3;
            else if (v != "none")
                throw make_error(xml::pos(a, path, bytes.value()),
                                 "pdfa=\"" + v + "\" must be 2, 3 or none");
        }
        if (const xmlNode* f = xml::child(root, "fonts")) {
            t.body_size = number(f, "size", t.body_size);
            t.title_size = number(f, "title-size", t.title_size);
            t.letterhead_size = number(f, "letterhead-size", t.letterhead_size);
            t.small_size = number(f, "small-size", t.small_size);
            t.line_height = number(f, "line-height", t.line_height);
            auto chain = [&](const char* tag, std::vector<FaceSpec>& out) {
                std::vector<FaceSpec> named;
                for (const xmlNode* c : xml::children(f)) {
                    if (xml::name(c) != tag) continue;
                    FaceSpec s;
                    s.regular = xml::attr(c, "regular");
                    if (xml::has_attr(c, "bold")) s.bold = xml::attr(c, "bold");
                    s.scale = number(c, "scale", 1.0f);
                    s.baseline_shift = number(c, "shift", 0.0f);
                    named.push_back(s);
                }
                if (!named.empty()) out = named;
            };
            chain("bengali", t.fonts.bengali);
            chain("latin", t.fonts.latin);
        }
        if (const xmlNode* s = xml::child(root, "spacing")) {
            t.paragraph_gap = number(s, "paragraph", t.paragraph_gap);
            t.section_gap = number(s, "section", t.section_gap);
        }
        if (const xmlNode* ph = xml::child(root, "phrases")) {
            for (const xmlNode* c : xml::children(ph)) {
                const std::string key = xml::name(c);
                const std::u16string value = xml::text(c);
                if (key == "page-number") {
                    t.page_numbers.format = value;
                    t.page_numbers.from = static_cast<int>(number(c, "from", 2));
                } else if (key == "time-separator") {
                    t.times.separator = utf16_to_utf8(value);
                } else if (key == "time-suffix") {
                    t.times.suffix = utf16_to_utf8(value);
                } else if (key == "bangla-era") {
                    t.dates.bangla_era = utf16_to_utf8(value);
                } else if (key == "gregorian-era") {
                    t.dates.gregorian_era = utf16_to_utf8(value);
                } else {
                    t.phrases[key] = value;
                }
            }
        }
    } catch (const Diagnostic& d) {
        return d;
    } catch (const std::exception&) {
        return make_error({path, 0, 0}, "a number in the template cannot be read");
    }
    t.page_numbers.size = t.small_size;
    return t;
}

}  // namespace potro
