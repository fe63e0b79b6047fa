// What a bulk export works through: every minutes file under a folder, or those a manifest
// lists.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

// One document to export; `missing` holds why a listed file cannot be read (it is reported
// and the others go on).
struct BulkInput {
    std::string path;
    std::optional<Diagnostic> missing;
};

// A folder: every *.xml below it whose root element is a document kind's (letterheads and
// other XML kept beside the documents are left alone), sorted by path. A file: a manifest, one path
// a line relative to the manifest's folder; blank lines and lines starting with # are skipped.
Result<std::vector<BulkInput>> collect_bulk_inputs(const std::string& folder_or_manifest,
                                                   const Source& source);

// Whether an XML text's root element is a kind of document potro knows (<minutes> ...),
// looking past the XML declaration, comments and processing instructions. Text that shows no
// root at all counts as a document, so that a broken file is reported rather than skipped.
bool looks_like_document(std::string_view xml_prefix);
// Whether a JSON file's head is a document's: an object whose first key is a kind.
bool looks_like_json_document(std::string_view head);

}  // namespace potro
