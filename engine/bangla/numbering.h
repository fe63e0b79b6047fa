// List and paragraph numbering as the seeds write it: ১. / ১) / (১) / ০১ / ০২। / ক. / (ক) and
// hierarchical ১.০ with ১.১, ১.২ under it.
#pragma once

#include <string>
#include <string_view>

#include "potro/diagnostic.h"

namespace potro {

enum class NumberKind { Digits, PaddedDigits, Letters, Hierarchical };

struct NumberingStyle {
    NumberKind kind = NumberKind::Digits;
    std::string prefix;  // "(" in (১)
    std::string suffix;  // "." in ১. or "।" in ০২।
    int width = 0;       // 2 for ০১

    // Parses a sample label for the first item: "১.", "(১)", "০১", "ক)", "(ক)", "১.০".
    static Result<NumberingStyle> parse(std::string_view sample);
    // The label of item `n` (from 1); for Hierarchical, of section `n` (১.০, ২.০ ...).
    std::string label(int n) const;
    // Hierarchical only: item `m` under section `n` (১.১, ১.২ ...).
    std::string sub_label(int n, int m) const;
};

// The n-th letter of ক খ গ ঘ ঙ চ ছ জ ঝ ঞ ট ঠ ড ঢ ণ ত থ দ ধ ন প ফ ব ভ ম য র ল শ ষ স হ, then
// কক, কখ ... (bijective, as spreadsheet columns).
std::string bangla_letter(int n);

}  // namespace potro
