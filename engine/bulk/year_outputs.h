// What a bulk export writes for the whole run: the index (index.csv and the index in every
// format asked for) and the bound volume (volume.pdf).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "bulk/index_document.h"
#include "jobs/engine.h"

namespace potro {

// The index's title: "সভার কার্যবিবরণীর তালিকা, ২০২৩–২০২৪".
std::u16string index_title(const std::vector<IndexEntry>& entries);

// The index as a document in `format` ("pdf": laid out and written page by page, so a year's
// hundreds of pages are never all held).
Result<std::string> index_file(const std::vector<IndexEntry>& entries, Engine& engine,
                               const std::string& format, int pdfa_part);

// Every document of the index, in its order, in one PDF with a bookmark at each one's first
// page. `read` gives a document again (with its serial); documents are read and laid out one
// at a time, so only the PDF is held.
using ReadAgain = std::function<Result<ReadDocument>(const IndexEntry&)>;
Result<std::string> bound_volume(const std::vector<IndexEntry>& entries, Engine& engine,
                                 const ReadAgain& read, int pdfa_part);

}  // namespace potro
