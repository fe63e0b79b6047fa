#include "docx/package.h"
#include "export/exporter.h"
#include "layout/table_columns.h"

namespace potro {

namespace {

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
