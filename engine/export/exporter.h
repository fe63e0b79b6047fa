// Exporters as a list: each turns an assembled document (or its laid-out pages) into the bytes
// of one format. Requests name formats, results map format to bytes; render, bulk, the index
// and the service all look formats up here, so a new format is one exporter and one line in
// export/exporters.cpp.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "assembly/blocks.h"
#include "doc/archived_file.h"
#include "layout/frame.h"
#include "potro/diagnostic.h"
#include "text/font_set.h"

namespace potro {

// What an archival PDF needs beyond the pages.
struct ArchiveSettings {
    int pdfa_part = 0;                  // 0 none, 2 PDF/A-2u, 3 PDF/A-3u
    std::string icc_profile;            // the sRGB profile, when pdfa_part != 0
    std::vector<ArchivedFile> sources;  // what a PDF/A-3u carries
};

// Pages on demand: formats that lay text out themselves (DOCX, HTML) never ask.
class PageSource {
  public:
    virtual ~PageSource() = default;
    // The whole document laid out (done once, then kept).
    virtual const LaidOutDocument& pages() = 0;
    // Page after page, none kept: for a long document such as a year's register.
    virtual bool streams() const { return false; }
    virtual Status stream(const std::function<Status(Page&&)>& sink) = 0;
};

struct ExportInput {
    const AssembledDocument& assembled;
    const FontSet& fonts;
    PageSource& layout;
    const ArchiveSettings& archive;
};

class Exporter {
  public:
    virtual ~Exporter() = default;
    virtual std::string format() const = 0;      // "pdf": what requests and --FORMAT name
    virtual std::string extension() const = 0;   // ".pdf"
    virtual std::string media_type() const = 0;  // "application/pdf"
    // Whether a render that names no format writes this one.
    virtual bool by_default() const { return true; }
    // Whether bulk export writes its index in this format too (a register is read and
    // printed, not edited: not as DOCX).
    virtual bool writes_index() const { return true; }
    virtual Result<std::string> write(const ExportInput& input) const = 0;
};

// Every exporter, in the order outputs are listed.
const std::vector<const Exporter*>& exporters();
const Exporter* find_exporter(const std::string& format);
// The exporter of `format`, or the error that names the formats there are.
Result<const Exporter*> exporter_for(const std::string& format);
// "pdf, docx": for messages.
std::string format_names();
// The formats a render that names none writes.
std::vector<std::string> default_formats();

}  // namespace potro
