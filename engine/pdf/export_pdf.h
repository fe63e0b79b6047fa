// Laid-out pages to PDF bytes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout/frame.h"
#include "pdf/haru.h"
#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro::pdf {

// Archival profiles: PDF/A-2u, or PDF/A-3u, which may also carry the files the document was
// made from.
enum class PdfA { None, Part2U, Part3U };

struct PdfOptions {
    std::string creator = "potro";
    PdfA pdfa = PdfA::None;
    std::string icc_profile;  // the sRGB profile's bytes, for the output intent (PDF/A)
    std::vector<ArchivedFile> attachments;  // PDF/A-3 only
};

// The sRGB ICC profile PDF/A files embed: "sRGB.icc" in the source's Profiles area (the
// command line points it at $POTRO_ICC_PROFILE, else at Debian's icc-profiles-free).
Result<std::string> load_srgb_profile(const Source& source);

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
