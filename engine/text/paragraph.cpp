#include "text/paragraph.h"

#include <algorithm>

#include "text/break_points.h"
#include "text/total_fit.h"

namespace potro {

namespace {

// How far a word space may grow or shrink, as a fraction of its width. With glyph expansion
// taking its share of the slack these values keep spacing even: measured on the seeds with
// tests/tools/gaps.py, the 95th-percentile word gap is 1.31 times the median (1.67 with TeX's
// 0.5/0.2 and no expansion).
constexpr double kSpaceStretch = 0.3;
constexpr double kSpaceShrink = 0.3;
// Breaking after "/" or "-" rather than at a space costs a little; inside a too-wide word a lot.
constexpr double kNonSpacePenalty = 50;
constexpr double kEmergencyPenalty = 1000;

bool is_space(char16_t c) {
    return c == u' ' || c == u'\n' || c == 0x2028;
}

struct PGlyph {
    ShapedGlyph g;
    uint32_t run = 0;
};

struct Shaped {
    std::vector<PGlyph> glyphs;
    std::vector<double> advance;  // points, per glyph
};

ShapeOptions options_for(const TextRun& run) {
    return {run.script, run.script == HB_SCRIPT_LATIN ? "en" : "bn"};
}

double points_per_unit(const TextRun& run, const std::vector<StyleSpan>& spans) {
    return spans[run.style].style.size * run.face.scale / run.face.font->units_per_em();
}

void shape_runs(std::u16string_view text, const std::vector<TextRun>& runs,
                const std::vector<StyleSpan>& spans, uint32_t from, uint32_t to, ShapeCache* cache,
                Shaped& out) {
    std::vector<ShapedGlyph> tmp;
    for (uint32_t r = 0; r < runs.size(); ++r) {
        const TextRun& run = runs[r];
        const uint32_t s = std::max(run.start, from);
        const uint32_t e = std::min(run.end, to);
        if (s >= e) continue;
        tmp.clear();
        shape_range(text, s, e, from, to, *run.face.font, options_for(run), cache, tmp);
        const double k = points_per_unit(run, spans);
        for (const auto& g : tmp) {
            out.glyphs.push_back({g, r});
            out.advance.push_back(
                is_space(text[g.cluster]) && text[g.cluster] != u' ' ? 0.0 : g.x_advance * k);
        }
    }
}

// Index of the first glyph whose cluster is at or after `pos` (clusters ascend: LTR text).
size_t glyph_at(const Shaped& s, uint32_t pos) {
    auto it = std::lower_bound(s.glyphs.begin(), s.glyphs.end(), pos,
                               [](const PGlyph& g, uint32_t p) { return g.g.cluster < p; });
    return static_cast<size_t>(it - s.glyphs.begin());
}

// The material between two break points, remembered with its text positions.
struct Segment {
    uint32_t start = 0;
    uint32_t content_end = 0;  // before the trailing spaces
    uint32_t end = 0;
};

double advance_sum(const std::vector<double>& prefix, size_t a, size_t b) {
    return prefix[b] - prefix[a];
}

float line_metrics(const Line& line, float* descent) {
    float asc = 0, desc = 0;
    for (const auto& r : line.runs) {
        const auto& m = r.font->metrics();
        const float k = r.size / static_cast<float>(m.units_per_em);
        asc = std::max(asc, static_cast<float>(m.ascender) * k + r.rise);
        desc = std::max(desc, -static_cast<float>(m.descender) * k - r.rise);
    }
    *descent = desc;
    return asc;
}

}  // namespace

float natural_line_height(const FontSet& fonts, float size) {
    const Font* f = fonts.primary(ScriptClass::Bengali, Weight::Regular).font;
    const auto& m = f->metrics();
    return static_cast<float>(m.ascender - m.descender) * size / static_cast<float>(m.units_per_em);
}

ParagraphLayout layout_paragraph(const Paragraph& paragraph, float width, const FontSet& fonts,
                                 const LayoutOptions& options) {
    ParagraphLayout out;
    const std::u16string& text = paragraph.text;
    const auto n = static_cast<uint32_t>(text.size());
    std::vector<StyleSpan> spans = paragraph.spans;
    if (spans.empty()) spans.push_back({0, n, TextStyle{}});
    const float body_size = spans.front().style.size;

    // Glyph expansion only serves justified text; elsewhere lines keep their natural width.
    const double expansion =
        paragraph.style.align == Align::Justify ? paragraph.style.max_expansion : 0;

    Itemization items = itemize(text, spans, fonts);
    out.uncovered = items.uncovered;

    Shaped shaped;
    shape_runs(text, items.runs, spans, 0, n, options.cache, shaped);
    std::vector<double> prefix(shaped.advance.size() + 1, 0);
    for (size_t k = 0; k < shaped.advance.size(); ++k)
        prefix[k + 1] = prefix[k] + shaped.advance[k];
    auto width_of = [&](uint32_t a, uint32_t b) {
        return advance_sum(prefix, glyph_at(shaped, a), glyph_at(shaped, b));
    };

    // Items for the total-fit breaker, one per break opportunity.
    std::vector<FitItem> fit;
    std::vector<Segment> segments;
    uint32_t prev = 0;
    for (const BreakPoint& bp : find_break_points(text)) {
        // A break inside a cluster (a ligature across graphemes) cannot be taken.
        if (bp.pos < n && shaped.glyphs.size() > 0) {
            size_t g = glyph_at(shaped, bp.pos);
            if (g < shaped.glyphs.size() && shaped.glyphs[g].g.cluster != bp.pos) continue;
        }
        Segment seg{prev, bp.pos, bp.pos};
        while (seg.content_end > seg.start && is_space(text[seg.content_end - 1]))
            --seg.content_end;
        const double box = width_of(seg.start, seg.content_end);
        const double glue = width_of(seg.content_end, seg.end);
        const double penalty = glue > 0 || bp.pos == n ? 0 : kNonSpacePenalty;
        if (box > width) {
            // A word wider than the line is cut at grapheme boundaries rather than overflow.
            uint32_t piece_start = seg.start;
            for (uint32_t b : grapheme_boundaries(text, seg.start, seg.content_end)) {
                size_t g = glyph_at(shaped, b);
                if (g < shaped.glyphs.size() && shaped.glyphs[g].g.cluster != b) continue;
                segments.push_back({piece_start, b, b});
                const double w = width_of(piece_start, b);
                fit.push_back({w, 0, w * expansion, w * expansion, kEmergencyPenalty, false});
                piece_start = b;
            }
            seg.start = piece_start;
        }
        segments.push_back(seg);
        const double w = width_of(seg.start, seg.content_end);
        fit.push_back({w, glue, glue * kSpaceStretch + w * expansion,
                       glue * kSpaceShrink + w * expansion, penalty, bp.forced});
        prev = bp.pos;
    }

    FitOptions fit_options;
    if (paragraph.style.align != Align::Justify) {
        // Ragged text: spaces keep their width; a line may fall short by up to about three
        // ems before it counts as bad (TeX's ragged-right setting).
        for (auto& item : fit) item.stretch = item.shrink = 0;
        fit_options.line_stretch = 3.0 * body_size;
    }
    const std::vector<size_t> ends = total_fit(fit, width, fit_options);
    float y = 0;
    size_t first_item = 0;
    for (size_t li = 0; li < ends.size(); ++li) {
        const size_t last_item = ends[li];
        const uint32_t ls = segments[first_item].start;
        const uint32_t le = segments[last_item].content_end;
        const uint32_t next_start = segments[last_item].end;
        const bool last_line = li + 1 == ends.size();
        const bool forced = fit[last_item].forced;
        first_item = last_item + 1;

        size_t ga = glyph_at(shaped, ls);
        size_t gb = glyph_at(shaped, le);
        const size_t gnext = glyph_at(shaped, next_start);
        // Where HarfBuzz says the text shapes differently when cut here, shape the line anew
        // on its own (a conjunct or a pre-base vowel across the break).
        const bool unsafe_start =
            li > 0 && ga < shaped.glyphs.size() && shaped.glyphs[ga].g.unsafe_to_break;
        const bool unsafe_end =
            gnext < shaped.glyphs.size() && !last_line && shaped.glyphs[gnext].g.unsafe_to_break;
        Shaped reshaped;
        const Shaped* src = &shaped;
        if (unsafe_start || unsafe_end) {
            shape_runs(text, items.runs, spans, ls, le, nullptr, reshaped);
            src = &reshaped;
            ga = 0;
            gb = reshaped.glyphs.size();
        }

        double natural = 0;
        double space_width = 0;
        int spaces = 0;
        for (size_t g = ga; g < gb; ++g) {
            natural += src->advance[g];
            if (text[src->glyphs[g].g.cluster] == u' ') {
                ++spaces;
                space_width += src->advance[g];
            }
        }
        Line line;
        line.start = ls;
        line.end = le;
        // A justified line shares its slack between word spaces and a horizontal scale of its
        // glyphs of at most `expansion`, in proportion to what each can give (as pdfTeX's font
        // expansion does). Other lines are set at their natural width.
        double scale = 1;
        double extra_per_space = 0;
        const double slack = width - natural;
        const Align align = paragraph.style.align;
        const bool justify = align == Align::Justify && !last_line && !forced && spaces > 0;
        if (justify || natural > width) {
            const double box = natural - space_width;
            const double st = space_width * kSpaceStretch + box * expansion;
            const double sh = space_width * kSpaceShrink + box * expansion;
            const double r = std::clamp(adjustment_ratio(natural, st, sh, width), -1.0, 1.0);
            scale = 1 + r * expansion;
            if (spaces > 0) extra_per_space = (width - box * scale - space_width) / spaces;
            if (!justify && extra_per_space > 0) extra_per_space = 0;
        } else if (align == Align::Right) {
            line.x = static_cast<float>(slack);
        } else if (align == Align::Center) {
            line.x = static_cast<float>(slack / 2);
        }

        double pen = 0;
        for (size_t g = ga; g < gb; ++g) {
            const PGlyph& pg = src->glyphs[g];
            const TextRun& run = items.runs[pg.run];
            if (g == ga || src->glyphs[g - 1].run != pg.run) {
                LineRun lr;
                lr.font = run.face.font;
                lr.size = spans[run.style].style.size * static_cast<float>(run.face.scale);
                lr.rise = static_cast<float>(run.face.baseline_shift) * lr.size;
                lr.color = spans[run.style].style.color;
                lr.text_start = pg.g.cluster;
                lr.hscale = static_cast<float>(scale);
                line.runs.push_back(std::move(lr));
            }
            const double k = points_per_unit(run, spans) * scale;
            double adv = text[pg.g.cluster] == u' ' ? src->advance[g] + extra_per_space
                                                    : src->advance[g] * scale;
            line.runs.back().glyphs.push_back(
                {pg.g.gid, pg.g.cluster, static_cast<float>(pen), static_cast<float>(adv),
                 static_cast<float>(pg.g.x_offset * k), static_cast<float>(pg.g.y_offset * k)});
            pen += adv;
        }
        for (size_t r = 0; r < line.runs.size(); ++r) {
            line.runs[r].text_end = r + 1 < line.runs.size() ? line.runs[r + 1].text_start : le;
        }
        line.width = static_cast<float>(pen);

        float descent = 0;
        float ascent = line_metrics(line, &descent);
        if (line.runs.empty()) {
            const float h = natural_line_height(fonts, body_size);
            ascent = h * 0.7f;
            descent = h * 0.3f;
        }
        line.ascent = ascent;
        line.descent = descent;
        const float pitch = (ascent + descent) * paragraph.style.line_height;
        const float half_leading = (pitch - ascent - descent) / 2;
        line.top = y;
        line.height = pitch;
        line.baseline = y + half_leading + ascent;
        y += pitch;
        out.lines.push_back(std::move(line));
    }
    out.height = y;
    return out;
}

}  // namespace potro
