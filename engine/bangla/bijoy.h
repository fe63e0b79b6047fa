// Bijoy (SutonnyMJ) text: Bangla typed in the legacy ANSI layout, stored as Latin letters and
// Windows-1252 signs that only the SutonnyMJ font draws as Bangla. Pasted into a UTF-8 file it
// is valid text and prints as gibberish ("mfvi Kvh©weeiYx" for সভার কার্যবিবরণী).
#pragma once

#include <string_view>

namespace potro {

// Whether a run of text without Bangla letters reads like Bijoy rather than English. Bijoy's
// vowel signs are letters and signs English rarely has in such numbers: `v` (া) is a tenth of
// Bijoy's letters and about one in a hundred of English's; ‡ † ˆ © ¨ Ö ~ ¯ are its e-kar,
// ai-kar, reph, ya-phala, ra-phala, uu-kar and conjunct parts; and capitals stand inside its
// words (K is ক, Y is ণ). A run needs several letters and two of these signs to count.
bool looks_like_bijoy(std::u16string_view run);

// The first stretch of `text` between its Bangla letters that looks like Bijoy, or empty.
std::u16string_view first_bijoy_run(std::u16string_view text);

}  // namespace potro
