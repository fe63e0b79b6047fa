// Per-recipient copies (`potro render --per-recipient`): what each copy's files are called and
// the list that tells a clerk which file goes to whom.
#pragma once

#include <string>
#include <vector>

#include "kinds/kind.h"

namespace potro {

// "minutes-03-জেলা-প্রশাসক-নাটোর": the document's stem, the copy's number (as wide as the
// largest) and the start of the recipient's entry, with spaces and punctuation made '-'
// so that every file system and mail program takes the name.
std::string recipient_copy_stem(const std::string& stem, size_t index, size_t count,
                                const std::u16string& recipient);

struct RecipientCopy {
    RecipientEntry recipient;
    std::vector<std::string> files;  // file names, in the order of `formats`
};

// The copies as CSV with a byte-order mark: number, recipient, e-mail, then a column per
// format ("pdf", "docx").
std::string recipient_copies_csv(const std::vector<RecipientCopy>& copies,
                                 const std::vector<std::string>& formats);

}  // namespace potro
