#include "jobs/typeset_job.h"

#include <filesystem>

#include "base/unicode.h"
#include "io/atomic_file.h"
#include "pdf/export_pdf.h"

namespace potro {

Result<std::string> typeset_to_pdf(std::u16string_view nfc_text, const std::string& name,
                                   const FontSet& fonts, const PlainTextOptions& options,
                                   ShapeCache* cache, std::vector<Diagnostic>* warnings,
                                   size_t* pages) {
    TypesetResult laid = typeset_plain_text(nfc_text, name, fonts, options, cache);
    laid.document.info.title = std::filesystem::path(name).stem().string();
    if (warnings) *warnings = std::move(laid.warnings);
    if (pages) *pages = laid.document.pages.size();
    return pdf::export_pdf(laid.document);
}

Result<TypesetOutcome> run_typeset(const TypesetJob& job, const Source& source) {
    auto fonts = FontSet::load(job.fonts, source);
    if (!fonts) return fonts.error();
    auto bytes = source.read({Area::Document, job.input});
    if (!bytes) return bytes.error();
    auto text = utf8_to_utf16(bytes.value(), job.input);
    if (!text) return text.error();
    const std::u16string nfc = to_nfc(text.value());

    ShapeCache cache;
    TypesetOutcome outcome;
    auto pdf = typeset_to_pdf(nfc, job.input, fonts.value(), job.layout,
                              job.use_cache ? &cache : nullptr, &outcome.warnings, &outcome.pages);
    if (!pdf) return pdf.error();
    if (auto st = write_file_atomically(job.output, pdf.value()); !st) return st.error();
    outcome.bytes = pdf.value().size();
    return outcome;
}

}  // namespace potro
