// `potro bulk`: a year of documents exported at once, on every core, safely. Each document is
// independent: a bad one is reported and skipped, the others complete. Outputs are renamed
// into place whole, a document's record of what it was made from is written after its
// outputs, and a rerun skips the documents whose outputs are up to date.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct BulkJob {
    std::string input;       // a folder of documents (searched recursively) or a manifest
    std::string output_dir;  // created if missing
    int threads = 1;
    std::vector<std::string> formats;  // empty: the default formats (PDF and DOCX)
    bool index = true;                 // index.csv and index.pdf, the year's register
    bool force = false;                // render even what is up to date
    bool volume = false;        // also volume.pdf: every document in the index order, bookmarked
    std::string register_path;  // memo register; empty: OUTPUT_DIR/memo-register.sqlite
    bool flush_to_disk = true;  // fsync each output before it is renamed into place
    bool allow_absolute_paths = false;  // documents may name files by absolute path
    std::optional<int> pdfa_part;       // 0 none, 2 PDF/A-2u, 3 PDF/A-3u; unset: each template's
    // Also a copy for each recipient of each document, marked for them, in
    // OUTPUT_DIR/copies/STEM/ with STEM-recipients.csv (as `potro render --per-recipient`).
    bool per_recipient = false;
};

struct BulkDocument;

// How far a run has come; reported after each document.
struct BulkProgress {
    size_t done = 0;  // documents finished (rendered, up to date or failed)
    size_t total = 0;
    size_t failed = 0;
    const BulkDocument* document = nullptr;  // the one just finished
};
// Called from the worker threads, one call at a time.
using BulkProgressFn = std::function<void(const BulkProgress&)>;

enum class BulkState { Rendered, UpToDate, Failed };

struct BulkDocument {
    std::string input;
    BulkState state = BulkState::Failed;
    std::vector<std::string> outputs;  // paths, also when up to date
    std::vector<std::string> copies;   // per_recipient: every copy's paths, then the list's
    size_t pages = 0;
    std::string memo;                     // as printed
    std::vector<Diagnostic> diagnostics;  // the error that stopped it, or warnings
};

struct BulkOutcome {
    std::vector<BulkDocument> documents;  // in input order
    std::vector<std::string> index_files;
    size_t rendered = 0, up_to_date = 0, failed = 0;
};

// An error only when the run as a whole cannot go on (the output folder or the register cannot
// be used, another run holds the folder); a document's failure is in its BulkDocument.
// Documents, templates and fonts are read through `source` (a FileSource: the documents are
// files under job.input); outputs are written into job.output_dir.
Result<BulkOutcome> run_bulk(const BulkJob& job, const Source& source,
                             const BulkProgressFn& progress = {});

}  // namespace potro
