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
// How much wider than itself a justified line's space may grow before the line is set ragged
// instead (1: to twice its width).
constexpr double kMaxSpaceGrowth = 1.0;
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

namespace {

// Sets one paragraph, phase by phase: shape it whole once, list its break opportunities for
// the total-fit breaker, then set each chosen line (reshaped where a break changes the
// shaping, justified, its glyphs placed, its height found).
class ParagraphSetter {
  public:
    ParagraphSetter(const Paragraph& paragraph, float width, const FontSet& fonts,
                    const LayoutOptions& options)
        : paragraph_(paragraph),
          text_(paragraph.text),
          n_(static_cast<uint32_t>(paragraph.text.size())),
          spans_(paragraph.spans),
          width_(width),
          fonts_(fonts),
          options_(options) {
        if (spans_.empty()) spans_.push_back({0, n_, TextStyle{}});
        body_size_ = spans_.front().style.size;
        // Glyph expansion only serves justified text; elsewhere lines keep their natural width.
        expansion_ = paragraph.style.align == Align::Justify ? paragraph.style.max_expansion : 0;
    }

    ParagraphLayout run();
    float widest_piece();

  private:
    // How a line's slack is taken up: a horizontal scale of its glyphs, extra width per word
    // space, or (ragged text) an offset.
    struct Justification {
        double scale = 1;
        double extra_per_space = 0;
        float x = 0;
    };

    void shape();
    void collect_breaks();
    Line set_line(size_t first_item, size_t last_item, bool first_line, bool last_line);
    Justification justify(const Shaped& src, size_t ga, size_t gb, bool last_line,
                          bool forced) const;
    void place_glyphs(const Shaped& src, size_t ga, size_t gb, const Justification& j,
                      Line& line) const;
    void set_height(Line& line, float& y) const;

    double width_of(uint32_t a, uint32_t b) const {
        return advance_sum(prefix_, glyph_at(shaped_, a), glyph_at(shaped_, b));
    }
    // Whether a break at `pos` would fall inside a cluster (a ligature across graphemes).
    bool inside_cluster(uint32_t pos) const {
        const size_t g = glyph_at(shaped_, pos);
        return g < shaped_.glyphs.size() && shaped_.glyphs[g].g.cluster != pos;
    }

    const Paragraph& paragraph_;
    const std::u16string& text_;
    const uint32_t n_;
    std::vector<StyleSpan> spans_;
    float body_size_ = 0;
    double expansion_ = 0;
    const float width_;
    const FontSet& fonts_;
    const LayoutOptions& options_;

    Itemization items_;
    Shaped shaped_;
    std::vector<double> prefix_;  // advance of the glyphs before each glyph
    // One item for the total-fit breaker per break opportunity, and its text positions.
    std::vector<FitItem> fit_;
    std::vector<Segment> segments_;
};

void ParagraphSetter::shape() {
    items_ = itemize(text_, spans_, fonts_);
    shape_runs(text_, items_.runs, spans_, 0, n_, options_.cache, shaped_);
    prefix_.assign(shaped_.advance.size() + 1, 0);
    for (size_t k = 0; k < shaped_.advance.size(); ++k)
        prefix_[k + 1] = prefix_[k] + shaped_.advance[k];
}

void ParagraphSetter::collect_breaks() {
    uint32_t prev = 0;
    for (const BreakPoint& bp : find_break_points(text_)) {
        if (bp.pos < n_ && shaped_.glyphs.size() > 0 && inside_cluster(bp.pos)) continue;
        Segment seg{prev, bp.pos, bp.pos};
        while (seg.content_end > seg.start && is_space(text_[seg.content_end - 1]))
            --seg.content_end;
        const double box = width_of(seg.start, seg.content_end);
        const double glue = width_of(seg.content_end, seg.end);
        const double penalty = glue > 0 || bp.pos == n_ ? 0 : kNonSpacePenalty;
        if (box > width_) {
            // A word wider than the line is cut at grapheme boundaries rather than overflow.
            uint32_t piece_start = seg.start;
            for (uint32_t b : grapheme_boundaries(text_, seg.start, seg.content_end)) {
                if (inside_cluster(b)) continue;
                segments_.push_back({piece_start, b, b});
                const double w = width_of(piece_start, b);
                fit_.push_back({w, 0, w * expansion_, w * expansion_, kEmergencyPenalty, false});
                piece_start = b;
            }
            seg.start = piece_start;
        }
        segments_.push_back(seg);
        const double w = width_of(seg.start, seg.content_end);
        fit_.push_back({w, glue, glue * kSpaceStretch + w * expansion_,
                        glue * kSpaceShrink + w * expansion_, penalty, bp.forced});
        prev = bp.pos;
    }
}

ParagraphSetter::Justification ParagraphSetter::justify(const Shaped& src, size_t ga, size_t gb,
                                                        bool last_line, bool forced) const {
    double natural = 0;
    double space_width = 0;
    int spaces = 0;
    for (size_t g = ga; g < gb; ++g) {
        natural += src.advance[g];
        if (text_[src.glyphs[g].g.cluster] == u' ') {
            ++spaces;
            space_width += src.advance[g];
        }
    }
    // A justified line shares its slack between word spaces and a horizontal scale of its
    // glyphs of at most `expansion`, in proportion to what each can give (as pdfTeX's font
    // expansion does). Other lines are set at their natural width.
    Justification j;
    const double slack = width_ - natural;
    const Align align = paragraph_.style.align;
    const bool justified = align == Align::Justify && !last_line && !forced && spaces > 0;
    if (justified || natural > width_) {
        const double box = natural - space_width;
        const double st = space_width * kSpaceStretch + box * expansion_;
        const double sh = space_width * kSpaceShrink + box * expansion_;
        const double r = std::clamp(adjustment_ratio(natural, st, sh, width_), -1.0, 1.0);
        j.scale = 1 + r * expansion_;
        if (spaces > 0) j.extra_per_space = (width_ - box * j.scale - space_width) / spaces;
        // A line whose spaces would grow past kMaxSpaceGrowth (a word that cannot break, an
        // address in a narrow column, a list entry of long words) is set ragged: gaps twice a
        // space's width read as holes, a short line does not.
        const bool holes = spaces > 0 && j.extra_per_space > kMaxSpaceGrowth * space_width / spaces;
        if (!justified || (holes && natural < width_)) {
            if (j.extra_per_space > 0) j.extra_per_space = 0;
            if (natural < width_) j.scale = 1;
        }
    } else if (align == Align::Right) {
        j.x = static_cast<float>(slack);
    } else if (align == Align::Center) {
        j.x = static_cast<float>(slack / 2);
    }
    return j;
}

void ParagraphSetter::place_glyphs(const Shaped& src, size_t ga, size_t gb, const Justification& j,
                                   Line& line) const {
    double pen = 0;
    for (size_t g = ga; g < gb; ++g) {
        const PGlyph& pg = src.glyphs[g];
        const TextRun& run = items_.runs[pg.run];
        if (g == ga || src.glyphs[g - 1].run != pg.run) {
            LineRun lr;
            lr.font = run.face.font;
            lr.size = spans_[run.style].style.size * static_cast<float>(run.face.scale);
            lr.rise = static_cast<float>(run.face.baseline_shift) * lr.size;
            lr.color = spans_[run.style].style.color;
            lr.text_start = pg.g.cluster;
            lr.hscale = static_cast<float>(j.scale);
            line.runs.push_back(std::move(lr));
        }
        const double k = points_per_unit(run, spans_) * j.scale;
        double adv = text_[pg.g.cluster] == u' ' ? src.advance[g] + j.extra_per_space
                                                 : src.advance[g] * j.scale;
        line.runs.back().glyphs.push_back(
            {pg.g.gid, pg.g.cluster, static_cast<float>(pen), static_cast<float>(adv),
             static_cast<float>(pg.g.x_offset * k), static_cast<float>(pg.g.y_offset * k)});
        pen += adv;
    }
    for (size_t r = 0; r < line.runs.size(); ++r) {
        line.runs[r].text_end = r + 1 < line.runs.size() ? line.runs[r + 1].text_start : line.end;
    }
    line.width = static_cast<float>(pen);
}

void ParagraphSetter::set_height(Line& line, float& y) const {
    float descent = 0;
    float ascent = line_metrics(line, &descent);
    if (line.runs.empty()) {
        const float h = natural_line_height(fonts_, body_size_);
        ascent = h * 0.7f;
        descent = h * 0.3f;
    }
    line.ascent = ascent;
    line.descent = descent;
    const float pitch = (ascent + descent) * paragraph_.style.line_height;
    const float half_leading = (pitch - ascent - descent) / 2;
    line.top = y;
    line.height = pitch;
    line.baseline = y + half_leading + ascent;
    y += pitch;
}

Line ParagraphSetter::set_line(size_t first_item, size_t last_item, bool first_line,
                               bool last_line) {
    const uint32_t ls = segments_[first_item].start;
    const uint32_t le = segments_[last_item].content_end;
    const uint32_t next_start = segments_[last_item].end;
    size_t ga = glyph_at(shaped_, ls);
    size_t gb = glyph_at(shaped_, le);
    const size_t gnext = glyph_at(shaped_, next_start);
    // Where HarfBuzz says the text shapes differently when cut here, shape the line anew on
    // its own (a conjunct or a pre-base vowel across the break).
    const bool unsafe_start =
        !first_line && ga < shaped_.glyphs.size() && shaped_.glyphs[ga].g.unsafe_to_break;
    const bool unsafe_end =
        gnext < shaped_.glyphs.size() && !last_line && shaped_.glyphs[gnext].g.unsafe_to_break;
    Shaped reshaped;
    const Shaped* src = &shaped_;
    if (unsafe_start || unsafe_end) {
        shape_runs(text_, items_.runs, spans_, ls, le, nullptr, reshaped);
        src = &reshaped;
        ga = 0;
        gb = reshaped.glyphs.size();
    }
    Line line;
    line.start = ls;
    line.end = le;
    const Justification j = justify(*src, ga, gb, last_line, fit_[last_item].forced);
    line.x = j.x;
    place_glyphs(*src, ga, gb, j, line);
    return line;
}

float ParagraphSetter::widest_piece() {
    shape();
    double widest = 0;
    uint32_t prev = 0;
    for (const BreakPoint& bp : find_break_points(text_)) {
        if (bp.pos < n_ && shaped_.glyphs.size() > 0 && inside_cluster(bp.pos)) continue;
        uint32_t end = bp.pos;
        while (end > prev && is_space(text_[end - 1])) --end;
        widest = std::max(widest, width_of(prev, end));
        prev = bp.pos;
    }
    return static_cast<float>(widest);
}

ParagraphLayout ParagraphSetter::run() {
    ParagraphLayout out;
    shape();
    out.uncovered = items_.uncovered;
    collect_breaks();
    FitOptions fit_options;
    if (paragraph_.style.align != Align::Justify) {
        // Ragged text: spaces keep their width; a line may fall short by up to about three
        // ems before it counts as bad (TeX's ragged-right setting).
        for (auto& item : fit_) item.stretch = item.shrink = 0;
        fit_options.line_stretch = 3.0 * body_size_;
    }
    const std::vector<size_t> ends = total_fit(fit_, width_, fit_options);
    float y = 0;
    size_t first_item = 0;
    for (size_t li = 0; li < ends.size(); ++li) {
        Line line = set_line(first_item, ends[li], li == 0, li + 1 == ends.size());
        first_item = ends[li] + 1;
        set_height(line, y);
        out.lines.push_back(std::move(line));
    }
    out.height = y;
    return out;
}

}  // namespace

ParagraphLayout layout_paragraph(const Paragraph& paragraph, float width, const FontSet& fonts,
                                 const LayoutOptions& options) {
    return ParagraphSetter(paragraph, width, fonts, options).run();
}

float min_content_width(const Paragraph& paragraph, const FontSet& fonts,
                        const LayoutOptions& options) {
    return ParagraphSetter(paragraph, 0, fonts, options).widest_piece();
}

}  // namespace potro
