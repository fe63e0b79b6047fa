// Shaping with HarfBuzz, with the paragraph as context, and a cache of shaped words.
#pragma once

#include <hb.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/font.h"

namespace potro {

// One glyph as HarfBuzz placed it, in font units. `cluster` is a UTF-16 index into the text
// that was shaped; `unsafe_to_break` says a line may not start at this glyph without reshaping.
struct ShapedGlyph {
    uint32_t gid = 0;
    uint32_t cluster = 0;
    int32_t x_advance = 0;
    int32_t x_offset = 0;
    int32_t y_offset = 0;
    bool unsafe_to_break = false;
};

// The settings that made potro's shaping equal hb-shape's (see shared/pdf-text.md).
struct ShapeOptions {
    hb_script_t script = HB_SCRIPT_BENGALI;
    std::string language = "bn";
};

// Remembers the glyphs of each word shaped so far: official text repeats its words a lot.
// Not shared between threads: each job owns one.
class ShapeCache {
  public:
    struct Stats {
        uint64_t hits = 0;
        uint64_t misses = 0;
    };

    const std::vector<ShapedGlyph>* find(const std::string& key) const;
    void insert(std::string key, std::vector<ShapedGlyph> glyphs);
    const Stats& stats() const { return stats_; }
    size_t size() const { return entries_.size(); }
    void clear() { entries_.clear(); }
    void note_hit() { ++stats_.hits; }
    void note_miss() { ++stats_.misses; }

  private:
    std::unordered_map<std::string, std::vector<ShapedGlyph>> entries_;
    Stats stats_;
};

// Shapes text[start, end) with text[context_start, context_end) as HarfBuzz's context and
// appends the glyphs (clusters are indices into `text`) to `out`. With a cache, the range is
// shaped word by word (words and spaces separately), each word looked up first.
void shape_range(std::u16string_view text, uint32_t start, uint32_t end, uint32_t context_start,
                 uint32_t context_end, const Font& font, const ShapeOptions& options,
                 ShapeCache* cache, std::vector<ShapedGlyph>& out);

// The script HarfBuzz would guess for the text (its first character with a real script).
hb_script_t guess_script(std::u16string_view text);

}  // namespace potro
