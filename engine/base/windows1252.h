// Windows-1252 ("ANSI" on Bangla Windows): the code page files typed in Bijoy are saved in
// when Word writes plain text, and whose signs (‡ † ˆ ‰ Š …) Bijoy's vowel signs live in.
#pragma once

#include <string>
#include <string_view>

namespace potro {

// Every byte as its Windows-1252 character (ICU's converter; the five bytes the code page
// leaves undefined become U+0081, U+008D, U+008F, U+0090, U+009D, as Windows reads them).
std::u16string windows1252_to_utf16(std::string_view bytes);

}  // namespace potro
