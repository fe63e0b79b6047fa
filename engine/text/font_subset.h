// A font cut down to the characters of some scripts, with its layout tables (GSUB, GPOS,
// GDEF) and the glyphs they reach: what a DOCX embeds so that a computer without the font
// shows, and lets a clerk type, the same letters.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "potro/diagnostic.h"
#include "text/font.h"

namespace potro {

// The TrueType bytes of `font` keeping the code points of `ranges` (inclusive pairs), every
// glyph a substitution can make from them, and no hinting.
Result<std::string> subset_font(const Font& font,
                                const std::vector<std::pair<char32_t, char32_t>>& ranges);

}  // namespace potro
