// The engine: reads a document of any kind from a source, checks it against its kind's
// schema, and renders it into the formats asked for, keeping what documents share — the
// compiled schemas, each template with its fonts, the shaping cache. An Engine belongs to one
// thread; font files themselves are loaded once per process (text/font.cpp).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assembly/template.h"
#include "doc/archived_file.h"
#include "jobs/schema.h"
#include "kinds/kind.h"
#include "layout/frame.h"
#include "model/json_document.h"
#include "potro/diagnostic.h"
#include "potro/source.h"
#include "text/font_set.h"
#include "text/shaper.h"

namespace potro {

// A template read with the fonts it names loaded.
struct LoadedTemplate {
    Template tpl;
    FontSet fonts;
    std::vector<SourceName> files;  // the template and every face of both chains
};

// A document read and checked: its model, the files it read, its template, its warnings.
struct ReadDocument {
    std::unique_ptr<Document> document;
    std::string bytes;              // the document's own
    std::vector<SourceFile> files;  // what it named: letterhead, emblem
    const LoadedTemplate* loaded = nullptr;
    std::vector<Diagnostic> warnings;
    // A document written as JSON: `bytes` is the XML made from it, and this moves what is said
    // about that XML back to the JSON's lines.
    std::shared_ptr<const JsonPositions> json;
    Diagnostic located(Diagnostic d) const { return json ? json->located(std::move(d)) : d; }

    const Document& doc() const { return *document; }
    Document& doc() { return *document; }
};

struct RenderRequest {
    std::vector<std::string> formats;  // "pdf", "docx" ...: see export/exporters.cpp
    // Archival PDF: 0 none, 2 PDF/A-2u, 3 PDF/A-3u with the source files inside; unset: as
    // the template says.
    std::optional<int> pdfa_part;
    // The copy for one recipient (an index into Document::recipients()): their entry marked
    // and a প্রাপক line under the letterhead. Unset: the document itself.
    std::optional<size_t> copy_for;
};

// One output of a render, still in memory.
struct RenderedFile {
    std::string format;     // "pdf"
    std::string extension;  // ".pdf"
    std::string bytes;
};

struct Rendered {
    std::vector<RenderedFile> files;   // in the order of the request
    size_t pages = 0;                  // 0 when no format needed pages
    std::vector<Diagnostic> warnings;  // the reader's and the layout's
};

struct EngineOptions {
    // Lets documents name letterheads and emblems by absolute path (off by default).
    bool allow_absolute_paths = false;
};

class Engine {
  public:
    explicit Engine(const Source& source, EngineOptions options = {});
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Every problem of a document: potro's own rules first (they name the element and say
    // what to do), then every schema violation; warnings when it is valid.
    std::vector<Diagnostic> check(const SourceName& name);
    std::vector<Diagnostic> check(const SourceName& name, const std::string& bytes);
    // Reads and checks a document and loads its template; the first problem is the error.
    Result<ReadDocument> read(const SourceName& name);
    Result<ReadDocument> read(const SourceName& name, std::string bytes);
    // Assembles, lays out (when a format needs pages) and exports a document. A memo number
    // whose serial a register assigns must have been given its serial first.
    Result<Rendered> render(const ReadDocument& doc, const RenderRequest& request);
    // Only the laid-out pages (a bound volume of many documents, --dump-layout).
    Result<LaidOutDocument> lay_out(const ReadDocument& doc, std::vector<Diagnostic>* warnings);

    // The template NAME of `kind`, loaded once per Engine.
    Result<const LoadedTemplate*> template_named(const DocumentKind& kind, const std::string& name);
    // The sRGB profile archival PDFs embed, read once.
    Result<std::string> icc_profile();
    // The shaping cache, kept to a bounded size.
    ShapeCache& shape_cache();

  private:
    Result<ReadDocument> read_checked(const SourceName& name, std::string bytes,
                                      std::vector<Diagnostic>* all);
    Result<ReadDocument> read_xml(const SourceName& name, std::string bytes,
                                  std::vector<Diagnostic>* all);
    const KindSchema& schema_for(const DocumentKind& kind);

    const Source& source_;
    EngineOptions options_;
    std::map<std::string, std::unique_ptr<KindSchema>> schemas_;
    std::map<std::string, std::unique_ptr<LoadedTemplate>> templates_;
    std::optional<std::string> icc_profile_;
    ShapeCache cache_;
};

// The key a memo register files a document under: its id, else where it came from.
std::string register_key(const Document& doc, const Source& source);

// What a PDF/A-3 carries to make the document again: the document and the files it named,
// each under the path the document uses for it.
std::vector<ArchivedFile> archived_sources(const ReadDocument& doc);

}  // namespace potro
