// potro's public interface: render an official document (minutes …) from bytes to PDF and
// DOCX bytes with diagnostics, list the kinds and formats there are, and (potro/bulk.h)
// export many documents at once. Everything a program includes is standard C++.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

// The version of the library, "0.1.0".
std::string version();

struct RenderOptions {
    std::vector<std::string> formats;  // "pdf", "docx"; empty: both
    std::optional<int> pdfa;           // 2 or 3 for PDF/A-2u/3u, 0 none; unset: the template's
    bool allow_absolute_paths = false;
    // Printed where a register would give a memo its serial (serial="auto"), for a preview
    // before the document is issued; empty: such a document is an error, as it has no number.
    std::string unassigned_serial;
};

struct Output {
    std::string format;      // "pdf"
    std::string extension;   // ".pdf"
    std::string media_type;  // "application/pdf"
    std::string bytes;
};

struct RenderResult {
    std::vector<Output> outputs;  // in the order asked for
    size_t pages = 0;
    std::vector<Diagnostic> warnings;
};

struct KindInfo {
    std::string name;                    // the root element: "minutes"
    std::string title;                   // UTF-8: "সভার কার্যবিবরণী"
    std::vector<std::string> templates;  // "district", "standard"
};

// Renders documents of every kind, keeping schemas, templates, fonts and the shaping cache
// between calls. One Renderer per thread; the source must outlive it.
class Renderer {
  public:
    explicit Renderer(const Source& source);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // `bytes` is the document's XML; `name` names it in diagnostics and is where the files it
    // names (letterhead, emblem) are looked for, beside it in the source.
    Result<RenderResult> render(const std::string& name, const std::string& bytes,
                                const RenderOptions& options = {});
    // Every problem of a document, errors and warnings, in the order found.
    std::vector<Diagnostic> validate(const std::string& name, const std::string& bytes);

    std::vector<KindInfo> kinds() const;
    std::vector<std::string> formats() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace potro
