#include "text/itemize.h"

#include "base/unicode.h"

namespace potro {

namespace {

bool is_neutral(hb_script_t s) {
    return s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN;
}

bool is_line_break(char32_t cp) {
    return cp == U'\n' || cp == 0x2028 || cp == 0x2029;
}

bool sticks_to_base(hb_unicode_funcs_t* ufuncs, char32_t cp) {
    switch (hb_unicode_general_category(ufuncs, cp)) {
        case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
        case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
        case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
            return true;
        default:
            return cp == 0x200C || cp == 0x200D;  // ZWNJ, ZWJ
    }
}

struct CharInfo {
    uint32_t index;
    char32_t cp;
    hb_script_t script;
};

}  // namespace

Itemization itemize(std::u16string_view text, const std::vector<StyleSpan>& spans,
                    const FontSet& fonts) {
    Itemization out;
    hb_unicode_funcs_t* ufuncs = hb_unicode_funcs_get_default();

    std::vector<CharInfo> chars;
    chars.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        size_t next;
        char32_t cp = code_point_at(text, i, &next);
        chars.push_back({static_cast<uint32_t>(i), cp, hb_unicode_script(ufuncs, cp)});
        i = next;
    }
    // Neutral characters take the script before them; leading ones the first strong script.
    hb_script_t first_strong = HB_SCRIPT_BENGALI;
    for (const auto& c : chars) {
        if (!is_neutral(c.script)) {
            first_strong = c.script;
            break;
        }
    }
    hb_script_t current = first_strong;
    for (auto& c : chars) {
        if (is_neutral(c.script)) {
            c.script = current;
        } else {
            current = c.script;
        }
    }

    size_t span_index = 0;
    TextRun run;
    bool have_run = false;
    for (size_t k = 0; k < chars.size(); ++k) {
        const CharInfo& c = chars[k];
        while (span_index + 1 < spans.size() && c.index >= spans[span_index].end) ++span_index;
        const Weight weight = spans.empty() ? Weight::Regular : spans[span_index].style.weight;
        const ScriptClass sc =
            c.script == HB_SCRIPT_LATIN ? ScriptClass::Latin : ScriptClass::Bengali;

        FaceChoice face;
        if (is_line_break(c.cp)) {
            // A forced break (<br/>) is never drawn: no font needs a glyph for it.
            face = have_run ? run.face : fonts.primary(sc, weight);
        } else if (have_run && run.style == span_index && sticks_to_base(ufuncs, c.cp)) {
            face = run.face;  // a mark drawn with another font than its base would not attach
        } else if (have_run && run.style == span_index && run.script == c.script &&
                   run.face.font->covers(c.cp)) {
            face = run.face;
        } else {
            face = fonts.find(c.cp, sc, weight);
            if (!face.font) {
                out.uncovered.push_back({c.index, c.cp});
                face = have_run ? run.face : fonts.primary(sc, weight);
            }
        }
        const uint32_t end =
            (k + 1 < chars.size()) ? chars[k + 1].index : static_cast<uint32_t>(text.size());
        if (have_run && run.face.font == face.font && run.script == c.script &&
            run.style == span_index) {
            run.end = end;
            continue;
        }
        if (have_run) out.runs.push_back(run);
        run = TextRun{c.index, end, face, c.script, static_cast<uint32_t>(span_index)};
        have_run = true;
    }
    if (have_run) out.runs.push_back(run);
    return out;
}

}  // namespace potro
