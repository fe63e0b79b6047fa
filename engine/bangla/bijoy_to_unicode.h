// Bijoy (SutonnyMJ) text to Unicode Bangla. Bijoy stores what the font draws, in drawing
// order: a glyph code per letter, vowel sign or conjunct, the pre-base vowel signs (ি ে ৈ, and
// the left half of ো ৌ) typed before the consonant cluster they follow in speech, and the reph
// (র্) typed after the cluster it stands on. Unicode stores the letters in spoken order.
#pragma once

#include <string>
#include <string_view>

namespace potro {

// The Unicode Bangla of a run typed in Bijoy: each glyph code to its letters (a conjunct's
// code to the consonants joined by hasanta), the pre-base vowel signs moved after their
// cluster, ে…া and ে…ৗ joined into ো and ৌ, the reph moved before its cluster, and digits and
// the dari (|) to Bangla ones. Web and e-mail addresses (a word with @, :// or starting
// www.) stay in Latin letters. Characters the layout does not use (spaces, Unicode Bangla
// already there, line ends) are kept. Windows-1252 signs that reached the text as C1 control
// characters (U+0080–U+009F, from a Latin-1 decoding) are read as the signs they were.
std::u16string bijoy_to_unicode(std::u16string_view bijoy);

}  // namespace potro
