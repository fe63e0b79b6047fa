#include <map>
#include <mutex>

#include "docx/package.h"
#include "export/exporter.h"
#include "layout/table_columns.h"
#include "text/font_subset.h"

namespace potro {

namespace {

// What a clerk types in each face: the whole Bengali block (any Bangla word may be added in
// Word, and each conjunct it makes is kept by the subset's closure) with the danda, joiners
// and Latin punctuation; Latin letters, digits and punctuation in the Latin face.
const std::vector<std::pair<char32_t, char32_t>>& typed_ranges(ScriptClass script) {
    static const std::vector<std::pair<char32_t, char32_t>> bengali = {
        {0x20, 0x7E},     {0xA0, 0xA0},     {0x0980, 0x09FF}, {0x0964, 0x0965},
        {0x200C, 0x200D}, {0x2013, 0x2014}, {0x2018, 0x201D}, {0x25CC, 0x25CC}};
    static const std::vector<std::pair<char32_t, char32_t>> latin = {
        {0x20, 0x7E}, {0xA0, 0xFF}, {0x2010, 0x2027}, {0x2030, 0x203A}};
    return script == ScriptClass::Bengali ? bengali : latin;
}

// A face's subset, made once per font file for the life of the process (a bulk export makes
// thousands of DOCX files from the same four faces).
std::shared_ptr<const std::string> typed_subset(const Font* font, ScriptClass script) {
    if (!font) return {};
    static std::mutex mutex;
    static std::map<std::pair<std::string, size_t>, std::shared_ptr<const std::string>> made;
    const auto key = std::make_pair(font->path(), font->data().size());
    std::lock_guard<std::mutex> lock(mutex);
    auto it = made.find(key);
    if (it == made.end()) {
        auto subset = subset_font(*font, typed_ranges(script));
        it = made.emplace(key, subset
                                   ? std::make_shared<const std::string>(std::move(subset.value()))
                                   : nullptr)
                 .first;
    }
    return it->second;
}

class DocxExporter final : public Exporter {
  public:
    std::string format() const override { return "docx"; }
    std::string extension() const override { return ".docx"; }
    std::string media_type() const override {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    bool writes_index() const override { return false; }

    Result<std::string> write(const ExportInput& in) const override {
        // The DOCX names the same faces; Word and LibreOffice lay the text out themselves.
        docx::DocxOptions options;
        options.bengali_font =
            in.fonts.primary(ScriptClass::Bengali, Weight::Regular).font->metrics().family_name;
        options.latin_font =
            in.fonts.primary(ScriptClass::Latin, Weight::Regular).font->metrics().family_name;
        options.bengali_scale = in.fonts.primary(ScriptClass::Bengali, Weight::Regular).scale;
        options.latin_scale = in.fonts.primary(ScriptClass::Latin, Weight::Regular).scale;
        const DocxFonts& wanted = in.assembled.docx;
        if (!wanted.bengali_font.empty()) options.bengali_font = wanted.bengali_font;
        for (ScriptClass script : {ScriptClass::Bengali, ScriptClass::Latin}) {
            if (!wanted.embed) break;
            // A Bangla font the template names instead of the PDF's is the office's own.
            if (script == ScriptClass::Bengali && !wanted.bengali_font.empty()) continue;
            docx::DocxOptions::EmbeddedFamily f;
            const FaceChoice regular = in.fonts.primary(script, Weight::Regular);
            const FaceChoice bold = in.fonts.primary(script, Weight::Bold);
            if (!regular.font) continue;
            f.family = regular.font->metrics().family_name;
            f.regular = typed_subset(regular.font, script);
            if (bold.font != regular.font) f.bold = typed_subset(bold.font, script);
            options.embedded_fonts.push_back(std::move(f));
        }
        const FontSet& fonts = in.fonts;
        options.column_widths = [&fonts](const TableBlock& t, float width) {
            return table_column_widths(t, width, fonts);
        };
        return docx::export_docx(in.assembled, options);
    }
};

}  // namespace

const Exporter& docx_exporter() {
    static const DocxExporter exporter;
    return exporter;
}

}  // namespace potro
