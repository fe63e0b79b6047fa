#include "assembly/template.h"

#include "base/numbers.h"
#include "base/unicode.h"
#include "model/xml_reader.h"

namespace potro {

std::u16string Template::phrase(const std::string& key) const {
    auto it = phrases.find(key);
    return it == phrases.end() ? u"" : it->second;
}

namespace {

float checked_number(const xmlNode* n, const char* attr, float fallback, const std::string& path,
                     const std::string& text) {
    const std::string v = xml::attr(n, attr);
    if (v.empty()) return fallback;
    const auto value = read_decimal(v);
    if (!value || *value < -10000 || *value > 10000)
        throw make_error(xml::pos(n, path, text),
                         std::string(attr) + "=\"" + v + "\" must be a number, such as 12.5");
    return static_cast<float>(*value);
}

// The template's elements, each read into `t`; a problem is thrown as a Diagnostic.
class TemplateReader {
  public:
    TemplateReader(Template& t, const std::string& path, const std::string& text)
        : t_(t), path_(path), text_(text) {}

    void page(const xmlNode* page) {
        const std::string size = xml::attr(page, "size", "A4");
        if (size == "Legal")
            t_.page = PageGeometry::legal();
        else if (size != "A4")
            throw make_error(xml::pos(page, path_, text_), "page size must be A4 or Legal");
        t_.page.margin_top = number(page, "top", 20) * kPointsPerMm;
        t_.page.margin_bottom = number(page, "bottom", 20) * kPointsPerMm;
        t_.page.margin_left = number(page, "left", 25) * kPointsPerMm;
        t_.page.margin_right = number(page, "right", 20) * kPointsPerMm;
    }

    void archive(const xmlNode* a) {
        const std::string v = xml::attr(a, "pdfa", "none");
        if (v == "2" || v == "2u")
            t_.pdfa_part = 2;
        else if (v == "3" || v == "3u")
            t_.pdfa_part = 3;
        else if (v != "none")
            throw make_error(xml::pos(a, path_, text_), "pdfa=\"" + v + "\" must be 2, 3 or none");
    }

    void docx(const xmlNode* d) {
        const std::string embed = xml::attr(d, "embed-fonts", "yes");
        if (embed != "yes" && embed != "no")
            throw make_error(xml::pos(d, path_, text_),
                             "embed-fonts=\"" + embed + "\" must be yes or no");
        t_.docx.embed = embed == "yes";
        t_.docx.bengali_font = xml::attr(d, "bengali-font");
    }

    void fonts(const xmlNode* f) {
        t_.body_size = number(f, "size", t_.body_size);
        t_.title_size = number(f, "title-size", t_.title_size);
        t_.letterhead_size = number(f, "letterhead-size", t_.letterhead_size);
        t_.small_size = number(f, "small-size", t_.small_size);
        t_.line_height = number(f, "line-height", t_.line_height);
        chain(f, "bengali", t_.fonts.bengali);
        chain(f, "latin", t_.fonts.latin);
    }

    void spacing(const xmlNode* s) {
        t_.paragraph_gap = number(s, "paragraph", t_.paragraph_gap);
        t_.section_gap = number(s, "section", t_.section_gap);
    }

    void tables(const xmlNode* n) {
        t_.table_keep_whole = number(n, "keep-whole", t_.table_keep_whole);
        if (t_.table_keep_whole < 0 || t_.table_keep_whole > 1)
            throw make_error(xml::pos(n, path_, text_),
                             "keep-whole is the fraction of a page (0 to 1) up to which a table "
                             "moves whole instead of splitting");
    }

    void phrases(const xmlNode* ph) {
        for (const xmlNode* c : xml::children(ph)) {
            const std::string key = xml::name(c);
            const std::u16string value = xml::text(c);
            if (key == "page-number") {
                t_.page_numbers.format = value;
                t_.page_numbers.from = static_cast<int>(number(c, "from", 2));
            } else if (key == "time-separator") {
                t_.times.separator = utf16_to_utf8(value);
            } else if (key == "time-suffix") {
                t_.times.suffix = utf16_to_utf8(value);
            } else if (key == "bangla-era") {
                t_.dates.bangla_era = utf16_to_utf8(value);
            } else if (key == "gregorian-era") {
                t_.dates.gregorian_era = utf16_to_utf8(value);
            } else {
                t_.phrases[key] = value;
            }
        }
    }

  private:
    float number(const xmlNode* n, const char* attr, float fallback) const {
        return checked_number(n, attr, fallback, path_, text_);
    }
    // <bengali>/<latin> faces, in order; a template that names none keeps the bundled chain.
    void chain(const xmlNode* f, const char* tag, std::vector<FaceSpec>& out) {
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
    }

    Template& t_;
    const std::string& path_;
    const std::string& text_;
};

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
    TemplateReader read(t, path, bytes.value());
    try {
        if (const xmlNode* n = xml::child(root, "page")) read.page(n);
        if (const xmlNode* n = xml::child(root, "archive")) read.archive(n);
        if (const xmlNode* n = xml::child(root, "docx")) read.docx(n);
        if (const xmlNode* n = xml::child(root, "fonts")) read.fonts(n);
        if (const xmlNode* n = xml::child(root, "spacing")) read.spacing(n);
        if (const xmlNode* n = xml::child(root, "tables")) read.tables(n);
        if (const xmlNode* n = xml::child(root, "phrases")) read.phrases(n);
    } catch (const Diagnostic& d) {
        return d;
    } catch (const std::exception&) {
        return make_error({path, 0, 0}, "a number in the template cannot be read");
    }
    t.page_numbers.size = t.small_size;
    return t;
}

}  // namespace potro
