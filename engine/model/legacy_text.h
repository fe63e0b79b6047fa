// Words typed in a legacy Bangla encoding (Bijoy/SutonnyMJ) in the elements where a document's
// text stands: valid UTF-8, so nothing else would notice, and printed as Latin gibberish.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro {

// One error per element whose text looks like Bijoy, at the element, in document order. Memo
// numbers, dates, times, e-mail addresses, websites and phone numbers are not looked at.
std::vector<Diagnostic> legacy_text_errors(const xmlNode* root, const std::string& file,
                                           const std::string& bytes);

}  // namespace potro
