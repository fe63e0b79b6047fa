// Laid-out pages to PDF bytes.
#pragma once

#include <memory>
#include <string>

#include "base/diagnostic.h"
#include "layout/frame.h"

namespace potro::pdf {

struct PdfOptions {
    std::string creator = "potro";
};

// The same document always gives the same bytes: no clock, an ID derived from the content.
Result<std::string> export_pdf(const LaidOutDocument& document, const PdfOptions& options = {});

// Several laid-out documents into one PDF (a bound volume), each optionally bookmarked at
// its first page; the fonts are embedded once for all of them. Pages are compressed as they
// are added, so only the PDF's objects are held, not the laid-out pages.
class PdfWriter {
  public:
    static Result<PdfWriter> create(const PdfOptions& options = {});
    PdfWriter(PdfWriter&&) noexcept;
    PdfWriter& operator=(PdfWriter&&) noexcept;
    ~PdfWriter();

    Status add(const LaidOutDocument& document, const std::string& bookmark = {});
    // One page at a time, for documents laid out page by page.
    Status add_page(const Page& page);
    Result<std::string> finish(const DocumentInfo& info);

  private:
    struct State;
    explicit PdfWriter(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace potro::pdf
