// A document whose text was typed in Bijoy (SutonnyMJ), with that text in Unicode Bangla: what
// `potro convert --from bijoy` writes. Element names, attributes, comments, and the elements
// that hold no words (memo numbers, dates, times, e-mail, web and phone) stay as they are.
#pragma once

#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro {

enum class BijoyScope {
    // The elements whose text looks like Bijoy (what `validate` reports), with everything
    // inside them: English elsewhere in the document stays English.
    Detected,
    // Every element that holds words: for a document typed wholly in Bijoy, whose short
    // texts (a name, a designation) are too short to tell from English.
    AllText,
};

struct BijoyConversion {
    std::string xml;    // the document, UTF-8
    int converted = 0;  // elements whose text was converted
    // With BijoyScope::Detected, a warning at each element left with Latin text and no
    // Bangla, which may be Bijoy too short to tell.
    std::vector<Diagnostic> left;
};

// `bytes` as potro reads a document (XML, safely parsed); a file saved as ANSI (not valid
// UTF-8) is read as Windows-1252, the code page Bijoy files are saved in.
Result<BijoyConversion> convert_bijoy_document(const std::string& bytes, const std::string& file,
                                               BijoyScope scope);

// A plain text typed in Bijoy, all of it, in Unicode (UTF-8); ANSI bytes as above.
std::string convert_bijoy_text(const std::string& bytes);

}  // namespace potro
