// Where a line may break, by the Unicode line breaking rules (ICU), never inside a grapheme.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace potro {

// A line may break before text[pos]. `forced` marks a mandatory break (a line separator).
struct BreakPoint {
    uint32_t pos = 0;
    bool forced = false;
};

// Break opportunities of a paragraph, in order, ending with text.size(). Besides ICU's, a break
// is allowed after "/" between letters (দপ্তর/সংস্থা), as Bangla official text joins
// alternatives that way and ICU keeps them together.
std::vector<BreakPoint> find_break_points(std::u16string_view text);

// Grapheme cluster boundaries strictly inside text[start, end).
std::vector<uint32_t> grapheme_boundaries(std::u16string_view text, uint32_t start, uint32_t end);

}  // namespace potro
