// Per-recipient copies (`potro render --per-recipient`): what each copy's files are called and
// the list that tells a clerk which file goes to whom.
#pragma once

#include <string>
#include <vector>

#include "jobs/engine.h"
#include "kinds/kind.h"

namespace potro {

// "minutes-03-জেলা-প্রশাসক-নাটোর": the document's stem, the copy's number (as wide as the
// largest) and the start of the recipient's entry, with spaces and punctuation made '-'
// so that every file system and mail program takes the name.
std::string recipient_copy_stem(const std::string& stem, size_t index, size_t count,
                                const std::u16string& recipient);

// The file names of every copy, copy by copy and in the order of `extensions` (".pdf"), then
// STEM-recipients.csv.
std::vector<std::string> recipient_copy_names(const std::vector<RecipientEntry>& entries,
                                              const std::string& stem,
                                              const std::vector<std::string>& extensions);

struct RecipientCopy {
    RecipientEntry recipient;
    std::vector<std::string> files;  // file names, in the order of `formats`
};

// The copies as CSV with a byte-order mark: number, recipient, e-mail, then a column per
// format ("pdf", "docx").
std::string recipient_copies_csv(const std::vector<RecipientCopy>& copies,
                                 const std::vector<std::string>& formats);

// One file to write, still in memory.
struct OutputFile {
    std::string name;  // a file name, no folder
    std::string bytes;
};

struct RenderedCopies {
    // Every copy's files, then STEM-recipients.csv.
    std::vector<OutputFile> files;
    size_t pages = 0;                  // the longest copy's
    std::vector<Diagnostic> warnings;  // the document's: every copy has the same
};

// A copy of `doc` for each entry of its distribution and copy lists, named from `stem`
// (`potro render` gives the input's stem, `potro bulk` the date and memo number). A document
// without lists is an error: there is no one to make a copy for.
Result<RenderedCopies> render_recipient_copies(Engine& engine, const ReadDocument& doc,
                                               RenderRequest request, const std::string& stem);

}  // namespace potro
