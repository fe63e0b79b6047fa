#include "text/shaper.h"

#include <cstring>

#include "base/unicode.h"

namespace potro {

const std::vector<ShapedGlyph>* ShapeCache::find(const std::string& key) const {
    auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
}

void ShapeCache::insert(std::string key, std::vector<ShapedGlyph> glyphs) {
    entries_.emplace(std::move(key), std::move(glyphs));
}

namespace {

// HarfBuzz keeps the languages it is asked for in one global list and searches it on every
// call; the common one is looked up once per process.
hb_language_t language_of(const std::string& tag) {
    static const hb_language_t bangla = hb_language_from_string("bn", -1);
    return tag == "bn" ? bangla : hb_language_from_string(tag.c_str(), -1);
}

}  // namespace

namespace {

// HarfBuzz buffers are reused per thread: creating one per word costs more than shaping it.
hb_buffer_t* thread_buffer() {
    struct Holder {
        hb_buffer_t* buffer = hb_buffer_create();
        ~Holder() { hb_buffer_destroy(buffer); }
    };
    thread_local Holder holder;
    hb_buffer_reset(holder.buffer);
    return holder.buffer;
}

void shape_piece(std::u16string_view text, uint32_t start, uint32_t end, uint32_t context_start,
                 uint32_t context_end, const Font& font, const ShapeOptions& options,
                 std::vector<ShapedGlyph>& out) {
    hb_buffer_t* buf = thread_buffer();
    hb_buffer_add_utf16(buf, reinterpret_cast<const uint16_t*>(text.data()) + context_start,
                        static_cast<int>(context_end - context_start), start - context_start,
                        static_cast<int>(end - start));
    hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, options.script);
    hb_buffer_set_language(buf, language_of(options.language));
    hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);
    unsigned flags = HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES;
    if (start == context_start) flags |= HB_BUFFER_FLAG_BOT;
    if (end == context_end) flags |= HB_BUFFER_FLAG_EOT;
    hb_buffer_set_flags(buf, static_cast<hb_buffer_flags_t>(flags));
    hb_shape(font.hb_font(), buf, nullptr, 0);

    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
    out.reserve(out.size() + n);
    for (unsigned i = 0; i < n; ++i) {
        out.push_back(
            {info[i].codepoint, info[i].cluster + context_start, pos[i].x_advance, pos[i].x_offset,
             pos[i].y_offset,
             (hb_glyph_info_get_glyph_flags(&info[i]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0});
    }
}

// Key of a cached word: font, script, language, whether it starts/ends the shaped range (BOT
// and EOT change nothing for words in practice, but keep the cache exact), and the text.
std::string cache_key(const Font& font, const ShapeOptions& options, bool bot, bool eot,
                      std::u16string_view word) {
    std::string key;
    key.reserve(24 + options.language.size() + word.size() * 2);
    const Font* fp = &font;
    key.append(reinterpret_cast<const char*>(&fp), sizeof fp);
    key.append(reinterpret_cast<const char*>(&options.script), sizeof options.script);
    key += options.language;
    key += bot ? 'B' : '-';
    key += eot ? 'E' : '-';
    key.append(reinterpret_cast<const char*>(word.data()), word.size() * sizeof(char16_t));
    return key;
}

}  // namespace

void shape_range(std::u16string_view text, uint32_t start, uint32_t end, uint32_t context_start,
                 uint32_t context_end, const Font& font, const ShapeOptions& options,
                 ShapeCache* cache, std::vector<ShapedGlyph>& out) {
    if (start >= end) return;
    if (!cache) {
        shape_piece(text, start, end, context_start, context_end, font, options, out);
        return;
    }
    uint32_t i = start;
    while (i < end) {
        // A piece is a run of spaces or a run of anything else.
        const bool space = text[i] == u' ';
        uint32_t j = i + 1;
        while (j < end && (text[j] == u' ') == space) ++j;
        const bool bot = i == context_start;
        const bool eot = j == context_end;
        std::string key = cache_key(font, options, bot, eot, text.substr(i, j - i));
        if (const auto* hit = cache->find(key)) {
            cache->note_hit();
            for (ShapedGlyph g : *hit) {
                g.cluster += i;
                out.push_back(g);
            }
        } else {
            cache->note_miss();
            const size_t first = out.size();
            shape_piece(text, i, j, context_start, context_end, font, options, out);
            std::vector<ShapedGlyph> entry(out.begin() + static_cast<std::ptrdiff_t>(first),
                                           out.end());
            for (auto& g : entry) g.cluster -= i;
            cache->insert(std::move(key), std::move(entry));
        }
        i = j;
    }
}

hb_script_t guess_script(std::u16string_view text) {
    hb_unicode_funcs_t* ufuncs = hb_unicode_funcs_get_default();
    for (size_t i = 0; i < text.size();) {
        hb_script_t s = hb_unicode_script(ufuncs, code_point_at(text, i, &i));
        if (s != HB_SCRIPT_COMMON && s != HB_SCRIPT_INHERITED && s != HB_SCRIPT_UNKNOWN) return s;
    }
    return HB_SCRIPT_LATIN;
}

}  // namespace potro
