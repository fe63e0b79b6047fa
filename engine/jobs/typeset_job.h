// `potro typeset`: a UTF-8 text file to a PDF, as a job the CLI (or any caller) fills in.
#pragma once

#include <string>
#include <vector>

#include "layout/plain_text.h"
#include "potro/diagnostic.h"
#include "potro/source.h"
#include "text/font_set.h"

namespace potro {

struct TypesetJob {
    std::string input;
    std::string output;
    PlainTextOptions layout;
    FontSetSpec fonts = FontSetSpec::bundled();
    bool use_cache = true;
};

struct TypesetOutcome {
    size_t pages = 0;
    size_t bytes = 0;
    std::vector<Diagnostic> warnings;
};

// Reads, lays out and writes the PDF atomically. On error nothing is written.
Result<TypesetOutcome> run_typeset(const TypesetJob& job, const Source& source);

// The same without files: text in, PDF bytes out (benchmarks and tests).
Result<std::string> typeset_to_pdf(std::u16string_view nfc_text, const std::string& name,
                                   const FontSet& fonts, const PlainTextOptions& options,
                                   ShapeCache* cache, std::vector<Diagnostic>* warnings,
                                   size_t* pages);

}  // namespace potro
