// Which elements hold a document's words, for the passes that read its text as a typist would
// (model/legacy_text.h, model/lint.h): not memo numbers, dates, times, addresses or numbers.
#pragma once

#include <string_view>

namespace potro {

inline bool holds_no_words(std::string_view element) {
    for (const char* n : {"memo", "date", "time", "email", "website", "web", "phone", "fax", "code",
                          "serial", "endorsement", "emblem"}) {
        if (element == n) return true;
    }
    return false;
}

}  // namespace potro
