// The fonts a document uses: a fallback chain per script, each entry with a regular and a bold
// face and the size and baseline adjustment that makes it sit well beside Bangla.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "doc/font_spec.h"
#include "doc/text_style.h"
#include "potro/diagnostic.h"
#include "text/font.h"

namespace potro {

// Scripts potro typesets differently. Everything that is neither Bangla nor Latin falls back
// through both chains.
enum class ScriptClass { Bengali, Latin };

// A face resolved for one piece of text.
struct FaceChoice {
    const Font* font = nullptr;
    double scale = 1.0;
    double baseline_shift = 0.0;
};

class FontSet {
  public:
    // Faces are named in the source's Fonts area (relative names, or absolute paths).
    static Result<FontSet> load(const FontSetSpec& spec, const Source& source);

    // The first face of `script`'s chain (then the other chain) that has a glyph for `cp`;
    // nullopt-like result (font == nullptr) when no font covers it.
    FaceChoice find(char32_t cp, ScriptClass script, Weight weight) const;
    // The face to use when nothing covers a character: the chain's first.
    FaceChoice primary(ScriptClass script, Weight weight) const;

  private:
    struct Face {
        std::shared_ptr<const Font> regular;
        std::shared_ptr<const Font> bold;
        double scale = 1.0;
        double baseline_shift = 0.0;
        FaceChoice pick(Weight w) const;
    };
    const std::vector<Face>& chain(ScriptClass script) const;

    std::vector<Face> bengali_;
    std::vector<Face> latin_;
};

}  // namespace potro
