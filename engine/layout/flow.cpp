#include "layout/flow.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <span>

#include "bangla/digits.h"
#include "base/unicode.h"
#include "layout/place.h"
#include "layout/table_columns.h"

namespace potro {

namespace {

// A paragraph block set at a width: its text and its label.
struct SetPara {
    const ParaBlock* block = nullptr;
    ParagraphLayout text;
    ParagraphLayout label;
    float text_x = 0;  // from the frame's left edge
};

// One line of a cell or paragraph in a vertical list, for splitting.
struct Slot {
    const SetPara* para = nullptr;
    size_t line = 0;
    float top = 0;  // within the cell's content
    float bottom = 0;
};

struct SetCell {
    std::vector<SetPara> paras;
    std::vector<Slot> slots;
    float height = 0;  // content height
};

class TablePlacer;

// How many placed lines a kept-together block can look back on (it takes at most its
// lines_before of them).
constexpr size_t kCarriedLinesKept = 16;

class Flow {
  public:
    // With a sink, finished pages are handed over (numbered out of `total_pages`, when known)
    // as soon as nothing can move on them any more, and not kept.
    void stream_to(const PageSink* sink, size_t total_pages) {
        sink_ = sink;
        total_pages_ = total_pages;
    }

    Flow(const AssembledDocument& doc, const FontSet& fonts, ShapeCache* cache)
        : doc_(doc), fonts_(fonts), cache_(cache), g_(doc.page) {}

    FlowResult run();

  private:
    friend class TablePlacer;

    Page& page() { return result_.document.pages.back(); }
    void new_page();
    float bottom() const { return g_.text_bottom(); }
    float room() const { return bottom() - y_; }

    SetPara set(const ParaBlock& p, float width) const;
    SetCell set_cell(const Cell& cell, float width) const;
    // Places line `i` of `sp` with its box top at `top`, the frame's left edge at `x`.
    void draw_line(const SetPara& sp, size_t i, float x, float top);

    // `rest`: the blocks after this one (of the document, or of its group).
    void place(const DocBlock& block, std::span<const DocBlock> rest);
    void place_para(const ParaBlock& p, std::span<const DocBlock> rest);
    float kept_after(std::span<const DocBlock> rest, float line) const;
    void place_table(const TableBlock& t);
    void keep_with_what_follows(const DocBlock& block, std::span<const DocBlock> rest);
    void place_image(const ImageBlock& im);
    void place_group(const KeepTogether& g);
    void pull_lines_forward(size_t count, float then_needed);
    float measure(const DocBlock& block, float width) const;
    void number_pages();
    void number_page(Page& page, size_t index, size_t total);
    void hand_over(size_t index);

    const AssembledDocument& doc_;
    const FontSet& fonts_;
    ShapeCache* cache_;
    PageGeometry g_;
    FlowResult result_;
    float y_ = 0;
    const PageSink* sink_ = nullptr;
    size_t total_pages_ = 0;
    size_t handed_over_ = 0;  // pages before this index went to the sink
    mutable std::set<std::pair<const ParaBlock*, char32_t>> uncovered_seen_;
    mutable std::vector<Diagnostic> uncovered_;

    // The last lines of the paragraphs placed since the last table, image or group, as item
    // ranges, so a kept-together block that moves to a new page can take them along (two
    // lines may come from two short paragraphs).
    struct PlacedLine {
        size_t page;
        size_t first_item;
        size_t end_item;
        float top;
        float height;
        bool keep_with_next;  // its paragraph stays with what follows (a heading)
    };
    std::vector<PlacedLine> last_lines_;
};

void Flow::new_page() {
    Page p;
    p.width = g_.width;
    p.height = g_.height;
    result_.document.pages.push_back(std::move(p));
    y_ = g_.margin_top;
    // Lines carried along with a kept-together block leave only the page before the new
    // one; every page before that is final.
    if (sink_) {
        while (handed_over_ + 2 < result_.document.pages.size()) hand_over(handed_over_);
    }
}

void Flow::hand_over(size_t index) {
    Page& page = result_.document.pages[index];
    if (total_pages_ > 0) number_page(page, index, total_pages_);
    (*sink_)(index, std::move(page));
    page = Page{};
    handed_over_ = index + 1;
}

SetPara Flow::set(const ParaBlock& p, float width) const {
    SetPara sp;
    sp.block = &p;
    sp.text_x = p.indent + (p.label.empty() ? 0 : p.label_width);
    sp.text = layout_paragraph(p.para, std::max(20.0f, width - sp.text_x), fonts_, {cache_});
    // Every paragraph is set at least once, in the body or in a table cell, and some twice
    // (measured, then placed): each character is reported once per paragraph.
    for (const auto& u : sp.text.uncovered) {
        if (!uncovered_seen_.insert({&p, u.cp}).second) continue;
        Diagnostic w = make_warning(
            {"", p.source_line, p.source_column},
            "no font of the font set has the character " + code_point_name(u.cp) + " in \"" +
                utf16_to_utf8(p.para.text.substr(0, 40)) + "\"; it is drawn as an empty box");
        w.code = DiagnosticCode::UncoveredCharacter;
        uncovered_.push_back(std::move(w));
    }
    if (!p.label.empty()) {
        Paragraph label;
        label.text = p.label;
        const TextStyle style = p.para.spans.empty() ? TextStyle{} : p.para.spans.front().style;
        label.spans.push_back({0, static_cast<uint32_t>(p.label.size()),
                               TextStyle{Weight::Regular, style.size, style.color}});
        label.style.align = Align::Left;
        label.style.line_height = p.para.style.line_height;
        sp.label = layout_paragraph(label, std::max(10.0f, p.label_width), fonts_, {cache_});
    }
    return sp;
}

void Flow::draw_line(const SetPara& sp, size_t i, float x, float top) {
    const Line& line = sp.text.lines[i];
    if (i == 0 && !sp.label.lines.empty()) {
        // The label goes first (reading order for text extraction) and shares the first
        // line's baseline.
        const Line& l0 = sp.label.lines[0];
        place_line(l0, sp.block->label, x + sp.block->indent,
                   top + (line.baseline - line.top) - l0.baseline, page());
    }
    place_line(line, sp.block->para.text, x + sp.text_x, top - line.top, page());
}

SetCell Flow::set_cell(const Cell& cell, float width) const {
    SetCell c;
    c.paras.reserve(cell.size());
    for (const ParaBlock& p : cell) c.paras.push_back(set(p, width));
    float y = 0;
    for (const SetPara& sp : c.paras) {
        y += sp.block->space_before;
        for (size_t i = 0; i < sp.text.lines.size(); ++i) {
            const Line& l = sp.text.lines[i];
            c.slots.push_back({&sp, i, y, y + l.height});
            y += l.height;
        }
        y += sp.block->space_after;
    }
    c.height = y;
    return c;
}

float Flow::measure(const DocBlock& block, float width) const {
    if (const auto* p = std::get_if<ParaBlock>(&block.content)) {
        return p->space_before + set(*p, width).text.height + p->space_after;
    }
    if (const auto* g = std::get_if<KeepTogether>(&block.content)) {
        float h = 0;
        for (const auto& b : g->items) h += measure(b, width);
        return h;
    }
    if (const auto* im = std::get_if<ImageBlock>(&block.content))
        return im->height + im->space_after;
    if (const auto* t = std::get_if<TableBlock>(&block.content)) {
        // At the proportions given: what keeping a table with its neighbours needs to know.
        float h = t->space_before + t->space_after;
        for (const auto* rows : {&t->head, &t->rows}) {
            for (const auto& row : *rows) {
                float tallest = 0;
                for (size_t c = 0; c < row.size() && c < t->widths.size(); ++c) {
                    const float w = width * t->widths[c] - 2 * t->padding;
                    tallest = std::max(tallest, set_cell(row[c], w).height);
                }
                h += tallest + 2 * t->padding;
            }
        }
        return h;
    }
    return 0;
}

namespace {

bool kept_with_next(const DocBlock& b) {
    if (const auto* p = std::get_if<ParaBlock>(&b.content)) return p->keep_with_next;
    if (const auto* t = std::get_if<TableBlock>(&b.content)) return t->keep_with_next;
    return false;
}

}  // namespace

// What a paragraph kept with the next must find room for below it: each following paragraph
// that is itself kept with its next, whole, then at most three lines of the first that is not.
float Flow::kept_after(std::span<const DocBlock> rest, float line) const {
    float h = 0;
    for (const DocBlock& b : rest) {
        if (kept_with_next(b)) {
            h += measure(b, g_.text_width());
            continue;
        }
        return h + std::min(measure(b, g_.text_width()), 3 * line);
    }
    return h;
}

void Flow::place_para(const ParaBlock& p, std::span<const DocBlock> rest) {
    const SetPara sp = set(p, g_.text_width());
    if (y_ > g_.margin_top) y_ += p.space_before;
    const size_t n = sp.text.lines.size();
    if (n == 0) {
        y_ += p.space_after;
        return;
    }
    const float total = sp.text.height;
    // A heading stays with the first line of what follows it.
    float need_first = n >= 3 ? sp.text.lines[0].height + sp.text.lines[1].height : total;
    if (p.keep_with_next && !rest.empty())
        need_first = total + kept_after(rest, sp.text.lines[0].height);
    if (need_first > room() && y_ > g_.margin_top + 0.01f) new_page();
    for (size_t i = 0; i < n; ++i) {
        const Line& line = sp.text.lines[i];
        // Never leave a single line of a paragraph at the top of the next page.
        const bool widow_risk =
            i + 2 == n && n >= 3 && line.height + sp.text.lines[i + 1].height > room();
        if ((line.height > room() || widow_risk) && y_ > g_.margin_top + 0.01f) new_page();
        const size_t first = page().items.size();
        draw_line(sp, i, g_.margin_left, y_);
        last_lines_.push_back({result_.document.pages.size() - 1, first, page().items.size(), y_,
                               line.height, p.keep_with_next});
        if (last_lines_.size() > kCarriedLinesKept) last_lines_.erase(last_lines_.begin());
        y_ += line.height;
    }
    y_ += p.space_after;
}

// Places one table: each row set cell by cell; the heading rows above the first row (never
// alone at the foot of a page) and again on every page a row continues on; a row that does not
// fit moved whole to the next page when little room is wasted, else split line by line.
class TablePlacer {
  public:
    TablePlacer(Flow& flow, const TableBlock& t);
    void run();

  private:
    std::vector<SetCell> set_row(const std::vector<Cell>& row) const;
    static float height_of(const std::vector<SetCell>& cells);
    // Where a row that does not fit in `avail` may split so that every cell it cuts keeps two
    // lines above and two below; nullopt when no such height leaves a line on this page.
    static std::optional<float> split_height(const std::vector<SetCell>& cells, float avail);
    // Draws each cell's lines from `next` on while they fit in `avail` (at least one when
    // `force`); returns the height the tallest cell used, and leaves `next` where each stopped.
    float draw_segment(std::vector<SetCell>& cells, std::vector<size_t>& next, float avail,
                       bool force);
    void borders(float top, float h);
    void draw_head();
    void place_row(std::vector<SetCell>& cells, bool first_row);

    Flow& f_;
    const TableBlock& t_;
    std::vector<float> xs_, ws_;  // each column's left edge and width
    std::vector<std::vector<SetCell>> head_;
    float head_height_ = 0;
};

TablePlacer::TablePlacer(Flow& flow, const TableBlock& t) : f_(flow), t_(t) {
    ws_ = table_column_widths(t, f_.g_.text_width(), f_.fonts_, {f_.cache_});
    float x = f_.g_.margin_left;
    for (float w : ws_) {
        xs_.push_back(x);
        x += w;
    }
    for (const auto& r : t.head) {
        head_.push_back(set_row(r));
        head_height_ += height_of(head_.back()) + 2 * t.padding;
    }
}

std::vector<SetCell> TablePlacer::set_row(const std::vector<Cell>& row) const {
    std::vector<SetCell> cells;
    for (size_t c = 0; c < row.size() && c < ws_.size(); ++c)
        cells.push_back(f_.set_cell(row[c], ws_[c] - 2 * t_.padding));
    return cells;
}

float TablePlacer::height_of(const std::vector<SetCell>& cells) {
    float h = 0;
    for (const auto& c : cells) h = std::max(h, c.height);
    return h;
}

std::optional<float> TablePlacer::split_height(const std::vector<SetCell>& cells, float avail) {
    // Lowering the split for one cell can cut another one line from its top: settle in turns.
    for (int round = 0; round < 8; ++round) {
        bool settled = true;
        for (const SetCell& c : cells) {
            const auto& slots = c.slots;
            if (slots.empty()) continue;
            const float origin = slots[0].top;
            size_t k = 0;  // the cell's lines above the split
            while (k < slots.size() && slots[k].bottom - origin <= avail) ++k;
            if (k == 0 || k == slots.size()) continue;  // not cut
            if (k < 2) return std::nullopt;
            if (slots.size() - k < 2) {
                if (slots.size() < 4) return std::nullopt;  // three lines cannot be cut 2 + 2
                avail = slots[slots.size() - 3].bottom - origin;
                settled = false;
            }
        }
        if (settled) return avail;
    }
    return std::nullopt;
}

float TablePlacer::draw_segment(std::vector<SetCell>& cells, std::vector<size_t>& next, float avail,
                                bool force) {
    float used = 0;
    std::vector<size_t> stop = next;
    for (size_t c = 0; c < cells.size(); ++c) {
        const auto& slots = cells[c].slots;
        if (next[c] >= slots.size()) continue;
        const float origin = slots[next[c]].top;
        size_t k = next[c];
        while (k < slots.size() && (slots[k].bottom - origin <= avail || (force && k == next[c]))) {
            f_.draw_line(*slots[k].para, slots[k].line, xs_[c] + t_.padding,
                         f_.y_ + t_.padding + slots[k].top - origin);
            used = std::max(used, slots[k].bottom - origin);
            ++k;
        }
        stop[c] = k;
    }
    next = stop;
    return used;
}

void TablePlacer::borders(float top, float h) {
    if (!t_.borders) return;
    for (size_t c = 0; c < ws_.size(); ++c)
        f_.page().items.emplace_back(BoxItem{xs_[c], top, ws_[c], h, false, true, {}, {}, 0.5f});
}

void TablePlacer::draw_head() {
    for (auto& cells : head_) {
        std::vector<size_t> next(cells.size(), 0);
        const float h = height_of(cells);
        const float top = f_.y_;
        draw_segment(cells, next, 1e9f, true);
        borders(top, h + 2 * t_.padding);
        f_.y_ = top + h + 2 * t_.padding;
    }
}

void TablePlacer::place_row(std::vector<SetCell>& cells, bool first_row) {
    const PageGeometry& g = f_.g_;
    const float h = height_of(cells);
    const float full = h + 2 * t_.padding;
    // A row that does not fit moves to the next page when it fits there and little room
    // would be wasted; otherwise it is split, its heading repeated over the rest.
    const float page_room = f_.bottom() - g.margin_top - head_height_;
    auto moves = [&](float room) {
        return full > room && full <= page_room && room < std::max(0.25f * page_room, 0.5f * full);
    };
    if (first_row) {
        // The heading never stands alone at the bottom of a page: it goes to the next page
        // when not even the first line of the first row fits under it, or when that row
        // would move to the next page anyway.
        const float first_line = cells.empty() || cells[0].slots.empty()
                                     ? full
                                     : cells[0].slots[0].bottom + 2 * t_.padding;
        const bool started = f_.y_ > g.margin_top + 0.01f;
        if (started && (head_height_ + std::min(full, first_line) > f_.room() ||
                        moves(f_.room() - head_height_)))
            f_.new_page();
        draw_head();
    }
    if (moves(f_.room())) {
        f_.new_page();
        draw_head();
    }
    // A row split over two pages keeps at least two lines of each cell it splits on each
    // side: the split goes higher to leave two below, or the row goes to the next page.
    float limit = f_.room() - 2 * t_.padding;
    const bool fresh_page = f_.y_ <= g.margin_top + head_height_ + 0.01f;
    if (full > f_.room()) {
        if (auto split = split_height(cells, limit)) {
            limit = *split;
        } else if (!fresh_page) {
            f_.new_page();
            draw_head();
            limit = f_.room() - 2 * t_.padding;
        }
    }
    std::vector<size_t> next(cells.size(), 0);
    bool first_segment = true;
    while (true) {
        const float top = f_.y_;
        const bool fresh = top <= g.margin_top + head_height_ + 0.01f;
        const float avail = first_segment ? limit : f_.room() - 2 * t_.padding;
        const float used = draw_segment(cells, next, avail, fresh);
        bool done = true;
        for (size_t c = 0; c < cells.size(); ++c) done = done && next[c] >= cells[c].slots.size();
        // A row set in one piece is as tall as its tallest cell; a split row's pieces as tall
        // as what each holds.
        const float seg = (done && first_segment ? h : used) + 2 * t_.padding;
        if (used > 0 || done) {
            borders(top, seg);
            f_.y_ = top + seg;
        }
        if (done) break;
        first_segment = false;
        f_.new_page();
        draw_head();
    }
}

void TablePlacer::run() {
    std::vector<std::vector<SetCell>> rows;
    rows.reserve(t_.rows.size());
    float total = head_height_;
    for (const auto& row : t_.rows) {
        rows.push_back(set_row(row));
        total += height_of(rows.back()) + 2 * t_.padding;
    }
    // A short table that does not fit in what is left of the page moves whole to the next.
    const float page = f_.bottom() - f_.g_.margin_top;
    const bool started = f_.y_ > f_.g_.margin_top + 0.01f;
    if (started && total <= t_.keep_whole * page && t_.space_before + total > f_.room())
        f_.new_page();
    if (f_.y_ > f_.g_.margin_top) f_.y_ += t_.space_before;
    bool first_row = true;
    for (auto& cells : rows) {
        place_row(cells, first_row);
        first_row = false;
    }
    f_.y_ += t_.space_after;
}

void Flow::place_table(const TableBlock& t) {
    last_lines_.clear();
    TablePlacer(*this, t).run();
}

void Flow::place_image(const ImageBlock& im) {
    last_lines_.clear();
    if (!im.image || im.image->pixels.height <= 0) return;
    const PixelSize px = im.image->pixels;
    const float h = im.height;
    const float w = h * static_cast<float>(px.width) / static_cast<float>(px.height);
    if (h > room() && y_ > g_.margin_top + 0.01f) new_page();
    page().items.emplace_back(
        ImageItem{im.image, g_.margin_left + (g_.text_width() - w) / 2, y_, w, h});
    y_ += h + im.space_after;
}

// Moves the last `count` lines of the previous page to the top of this one, pushing what is
// here down, when `then_needed` more still fits: for a kept-together block that fits on this
// page but would have fewer lines of the text before it than it asks for.
void Flow::pull_lines_forward(size_t count, float then_needed) {
    const size_t current = result_.document.pages.size() - 1;
    size_t k = last_lines_.size();
    while (k > 0 && last_lines_[k - 1].page == current) --k;
    if (current == 0 || k < count || last_lines_[k - 1].page != current - 1) return;
    const size_t first = k - count;
    for (size_t i = first; i < k; ++i) {
        if (last_lines_[i].page != current - 1) return;
    }
    // Only when those lines end the previous page and this page holds nothing but lines.
    Page& prev = result_.document.pages[current - 1];
    if (last_lines_[k - 1].end_item != prev.items.size()) return;
    if (last_lines_[k].first_item != 0) return;
    const float pulled =
        last_lines_[k - 1].top + last_lines_[k - 1].height - last_lines_[first].top;
    if (pulled + then_needed > room()) return;
    const size_t from = last_lines_[first].first_item;
    std::vector<FrameItem> moved(
        std::make_move_iterator(prev.items.begin() + static_cast<std::ptrdiff_t>(from)),
        std::make_move_iterator(prev.items.end()));
    prev.items.erase(prev.items.begin() + static_cast<std::ptrdiff_t>(from), prev.items.end());
    const float shift = g_.margin_top - last_lines_[first].top;
    for (auto& item : moved) {
        if (auto* t = std::get_if<TextItem>(&item)) t->y += shift;
    }
    for (auto& item : page().items) {
        if (auto* t = std::get_if<TextItem>(&item)) t->y += pulled;
    }
    page().items.insert(page().items.begin(), std::make_move_iterator(moved.begin()),
                        std::make_move_iterator(moved.end()));
    y_ += pulled;
    for (size_t i = first; i < k; ++i) {
        last_lines_[i].page = current;
        last_lines_[i].top += shift;
        last_lines_[i].first_item -= from;
        last_lines_[i].end_item -= from;
    }
    for (size_t i = k; i < last_lines_.size(); ++i) {
        last_lines_[i].top += pulled;
        last_lines_[i].first_item += moved.size();
        last_lines_[i].end_item += moved.size();
    }
}

void Flow::place_group(const KeepTogether& g) {
    const float h = measure(DocBlock{g}, g_.text_width());
    {
        // It fits here, but after fewer lines of the text before it than it asks for: take the
        // missing lines from the foot of the previous page.
        const size_t current = result_.document.pages.size() - 1;
        size_t here = 0;
        for (auto it = last_lines_.rbegin(); it != last_lines_.rend() && it->page == current; ++it)
            ++here;
        const size_t want = static_cast<size_t>(g.lines_before);
        if (h <= room() && here > 0 && here < want) pull_lines_forward(want - here, h);
    }
    if (h > room() && h <= bottom() - g_.margin_top && y_ > g_.margin_top + 0.01f) {
        // Move the group, with the last lines of the paragraph before it, to a new page.
        std::vector<PlacedLine> carry;
        size_t take = std::min(last_lines_.size(), static_cast<size_t>(g.lines_before));
        // A heading just before the carried lines comes along too.
        while (take > 0 && take < last_lines_.size() &&
               last_lines_[last_lines_.size() - take - 1].keep_with_next)
            ++take;
        const size_t current = result_.document.pages.size() - 1;
        // Up to `lines_before` lines come along, a whole short paragraph included, unless
        // that would empty the page.
        const bool page_keeps_something =
            take < last_lines_.size() || last_lines_.front().first_item > 0;
        if (take > 0 && page_keeps_something && last_lines_.back().page == current) {
            carry.assign(last_lines_.end() - static_cast<std::ptrdiff_t>(take), last_lines_.end());
            if (carry.front().page != current) carry.clear();
        }
        std::vector<FrameItem> moved;
        float moved_height = 0;
        if (!carry.empty()) {
            auto& items = page().items;
            const size_t from = carry.front().first_item;
            moved.assign(std::make_move_iterator(items.begin() + static_cast<std::ptrdiff_t>(from)),
                         std::make_move_iterator(items.end()));
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(from), items.end());
            // From the first carried line's top to the last one's foot, the gap between two
            // carried paragraphs included.
            moved_height = carry.back().top + carry.back().height - carry.front().top;
        }
        const float old_top = carry.empty() ? 0 : carry.front().top;
        new_page();
        for (auto& item : moved) {
            if (auto* t = std::get_if<TextItem>(&item)) t->y += y_ - old_top;
            page().items.push_back(std::move(item));
        }
        y_ += moved_height;
    }
    for (size_t i = 0; i < g.items.size(); ++i) {
        const float top = y_;
        place(g.items[i], std::span<const DocBlock>(g.items).subspan(i + 1));
        const auto* room = std::get_if<ParaBlock>(&g.items[i].content);
        if (i == 0 && !g.signature_field.empty() && room) {
            const float x = g_.margin_left + room->indent;
            result_.document.signature_areas.push_back({g.signature_field, g.signatory,
                                                        result_.document.pages.size() - 1, x, top,
                                                        g_.width - g_.margin_right - x, y_ - top});
        }
    }
    last_lines_.clear();
}

// A table kept with the next block (the memo line) starts a new page when it and the chain of
// blocks kept with it (the প্রাপক label and the addressee, a list's heading and first entry)
// do not fit in what is left of this one.
void Flow::keep_with_what_follows(const DocBlock& block, std::span<const DocBlock> rest) {
    if (!kept_with_next(block) || rest.empty() || y_ <= g_.margin_top + 0.01f) return;
    const float need = measure(block, g_.text_width()) + kept_after(rest, 0);
    if (need > room() && need < bottom() - g_.margin_top) new_page();
}

void Flow::place(const DocBlock& block, std::span<const DocBlock> rest) {
    if (const auto* p = std::get_if<ParaBlock>(&block.content)) {
        place_para(*p, rest);
    } else if (const auto* t = std::get_if<TableBlock>(&block.content)) {
        keep_with_what_follows(block, rest);
        place_table(*t);
    } else if (const auto* im = std::get_if<ImageBlock>(&block.content)) {
        place_image(*im);
    } else if (std::holds_alternative<PageBreakBlock>(block.content)) {
        if (y_ > g_.margin_top + 0.01f) new_page();
        last_lines_.clear();
    } else if (const auto* g = std::get_if<KeepTogether>(&block.content)) {
        place_group(*g);
    }
}

void Flow::number_pages() {
    auto& pages = result_.document.pages;
    for (size_t i = 0; i < pages.size(); ++i) number_page(pages[i], i, pages.size());
}

void Flow::number_page(Page& page, size_t i, size_t total) {
    if (static_cast<int>(i) + 1 < doc_.page_numbers.from) return;
    std::u16string text = doc_.page_numbers.format;
    auto replace = [&](const std::u16string& key, const std::string& value) {
        auto u = utf8_to_utf16(value, "");
        for (size_t at; (at = text.find(key)) != std::u16string::npos;)
            text.replace(at, key.size(), u.value());
    };
    replace(u"{n}", bangla_number(i + 1));
    replace(u"{total}", bangla_number(total));
    Paragraph p;
    p.text = text;
    p.spans.push_back({0, static_cast<uint32_t>(text.size()),
                       TextStyle{Weight::Regular, doc_.page_numbers.size, {}}});
    p.style.align = Align::Center;
    ParagraphLayout pl = layout_paragraph(p, g_.text_width(), fonts_, {cache_});
    if (pl.lines.empty()) return;
    const float top = g_.height - g_.margin_bottom * 0.6f;
    place_line(pl.lines[0], p.text, g_.margin_left, top - pl.lines[0].top, page);
}

FlowResult Flow::run() {
    new_page();
    for (size_t i = 0; i < doc_.blocks.size(); ++i) {
        place(doc_.blocks[i], std::span<const DocBlock>(doc_.blocks).subspan(i + 1));
    }
    if (sink_) {
        while (handed_over_ < result_.document.pages.size()) hand_over(handed_over_);
    } else {
        number_pages();
    }
    result_.warnings.insert(result_.warnings.end(), uncovered_.begin(), uncovered_.end());
    result_.document.info = doc_.info;
    return std::move(result_);
}

}  // namespace

FlowResult layout_document(const AssembledDocument& doc, const FontSet& fonts, ShapeCache* cache) {
    return Flow(doc, fonts, cache).run();
}

StreamedLayout layout_document_streamed(const AssembledDocument& doc, const FontSet& fonts,
                                        ShapeCache* cache, const PageSink& sink) {
    // The first pass only counts the pages, so that the second can number each page as it
    // hands it over.
    size_t total = 0;
    const PageSink count = [&](size_t, Page&&) { ++total; };
    {
        Flow counting(doc, fonts, cache);
        counting.stream_to(&count, 0);
        (void)counting.run();
    }
    Flow flow(doc, fonts, cache);
    flow.stream_to(&sink, total);
    FlowResult r = flow.run();
    return {total, std::move(r.warnings)};
}

}  // namespace potro
