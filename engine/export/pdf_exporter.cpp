#include "export/exporter.h"
#include "pdf/export_pdf.h"

namespace potro {

namespace {

class PdfExporter final : public Exporter {
  public:
    std::string format() const override { return "pdf"; }
    std::string extension() const override { return ".pdf"; }
    std::string media_type() const override { return "application/pdf"; }

    Result<std::string> write(const ExportInput& in) const override {
        pdf::PdfOptions options;
        if (in.archive.pdfa_part != 0) {
            options.pdfa = in.archive.pdfa_part == 3 ? pdf::PdfA::Part3U : pdf::PdfA::Part2U;
            options.icc_profile = in.archive.icc_profile;
            if (in.archive.pdfa_part == 3) options.attachments = in.archive.sources;
        }
        if (!in.layout.streams()) return pdf::export_pdf(in.layout.pages(), options);
        auto writer = pdf::PdfWriter::create(options);
        if (!writer) return writer.error();
        Status st = in.layout.stream([&](Page&& page) { return writer.value().add_page(page); });
        if (!st) return st.error();
        return writer.value().finish(in.assembled.info);
    }
};

}  // namespace

const Exporter& pdf_exporter() {
    static const PdfExporter exporter;
    return exporter;
}

}  // namespace potro
