// Slips a careful typist would catch, found in a document's text: the same word twice, hand-
// typed list letters that skip or repeat, Latin digits among Bangla ones, invisible or
// mis-encoded characters, and a time's period word that does not fit its hour. Warnings only:
// each may be meant. `potro lint` prints them, and `potro validate` with its other findings.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro {

std::vector<Diagnostic> lint_document(const xmlNode* root, const std::string& file,
                                      const std::string& bytes);

// The fixes that are certain, on the file's bytes: invisible characters that change nothing
// (zero-width space, word joiner, a byte-order mark inside the text) removed. Returns the bytes
// unchanged when there is nothing to fix.
std::string lint_fixes(const std::string& bytes, int* fixed);

}  // namespace potro
