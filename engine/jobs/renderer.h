// Rendering minutes one document after another while keeping what documents share: the
// compiled schema, each template with its fonts, and the shaping cache. A Renderer belongs to
// one thread; font files themselves are loaded once per process (text/font.cpp).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assembly/template.h"
#include "base/diagnostic.h"
#include "layout/flow.h"
#include "layout/frame.h"
#include "model/parse_minutes.h"
#include "text/font_set.h"
#include "text/shaper.h"

namespace potro {

// A template read from its file, with the fonts it names loaded.
struct LoadedTemplate {
    MinutesTemplate tpl;
    FontSet fonts;
    std::string file;                     // templates/minutes/NAME.xml
    std::vector<std::string> font_files;  // every face of both chains
};

// What a minutes document has read and been checked as: the model, warnings, and every file
// its output depends on (the document, its letterhead and emblem, the template, the fonts).
struct ReadMinutes {
    ParsedMinutes parsed;
    std::string source;  // the document's bytes
    const LoadedTemplate* loaded = nullptr;
    std::vector<std::string> depends_on;  // files other than the document itself
};

struct RenderRequest {
    bool pdf = true;
    bool docx = true;
    bool dump_layout = false;  // the laid-out pages as text instead of the PDF/DOCX
    // Archival PDF: 0 none, 2 PDF/A-2u, 3 PDF/A-3u with the source files inside; unset: as
    // the template says.
    std::optional<int> pdfa_part;
};

// One rendered document, still in memory.
struct RenderedMinutes {
    std::string pdf;
    std::string docx;
    std::string layout_dump;
    size_t pages = 0;
    std::vector<Diagnostic> warnings;  // the reader's and the layout's
};

class Renderer {
  public:
    Renderer(std::string templates_dir, std::string font_dir);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    const std::string& templates_dir() const { return templates_dir_; }
    // Lets documents name letterheads and emblems by absolute path (off by default).
    void allow_absolute_paths(bool allow) { allow_absolute_ = allow; }

    // Every problem of a file: potro's own rules first (they name the element and say what to
    // do), then every schema violation; warnings when it is valid.
    std::vector<Diagnostic> check(const std::string& path);
    // Reads and checks a file and loads its template; the first problem is the error.
    Result<ReadMinutes> read(const std::string& path);
    // Assembles, lays out and exports a document read by `read`. A memo number whose serial a
    // register assigns must have been given its serial first.
    Result<RenderedMinutes> render(const ReadMinutes& doc, const RenderRequest& request);
    // Only the laid-out pages (for a bound volume of many documents).
    Result<LaidOutDocument> lay_out(const ReadMinutes& doc);

    // The template NAME, loaded once per Renderer.
    Result<const LoadedTemplate*> template_named(const std::string& name);

  private:
    struct Schema;
    // Lays out with this Renderer's word cache, kept to a bounded size.
    FlowResult flow(const AssembledDocument& assembled, const ReadMinutes& doc);
    // Parses once; potro's reader and then the schema look at the same tree.
    Result<ReadMinutes> read_checked(const std::string& path, std::vector<Diagnostic>* all);

    std::string templates_dir_;
    std::string font_dir_;
    bool allow_absolute_ = false;
    std::unique_ptr<Schema> schema_;
    std::map<std::string, std::unique_ptr<LoadedTemplate>> templates_;
    std::optional<std::string> icc_profile_;  // read once, when an archival PDF is first made
    ShapeCache cache_;
};

// The key a memo register files a document under: its id, else its absolute path.
std::string register_key(const Minutes& minutes);

}  // namespace potro
