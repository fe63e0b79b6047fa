#include "text/total_fit.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace potro {

double adjustment_ratio(double natural, double stretch, double shrink, double width) {
    if (natural < width) return stretch > 0 ? (width - natural) / stretch : 1e6;
    if (natural > width) return shrink > 0 ? (width - natural) / shrink : -1e6;
    return 0;
}

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// TeX's fitness classes: very loose, loose, decent, tight.
int fitness_class(double r) {
    if (r > 1) return 0;
    if (r > 0.5) return 1;
    if (r >= -0.5) return 2;
    return 3;
}

}  // namespace

std::vector<size_t> total_fit(const std::vector<FitItem>& items, double line_width,
                              const FitOptions& options) {
    const size_t n = items.size();
    if (n == 0) return {};
    // Prefix sums make the width of any candidate line O(1).
    std::vector<double> box(n + 1, 0), glue(n + 1, 0), stretch(n + 1, 0), shrink(n + 1, 0);
    for (size_t k = 0; k < n; ++k) {
        box[k + 1] = box[k] + items[k].width;
        glue[k + 1] = glue[k] + items[k].glue;
        stretch[k + 1] = stretch[k] + items[k].stretch;
        shrink[k + 1] = shrink[k] + items[k].shrink;
    }
    // best[j][c]: least demerits of setting items [0, j) with the last line of fitness c.
    struct Node {
        double demerits = kInf;
        size_t from = 0;
        int from_class = 0;
    };
    std::vector<std::array<Node, 4>> best(n + 1);
    best[0][2].demerits = 0;

    for (size_t i = 0; i < n; ++i) {  // a line starting at item i
        bool reachable = false;
        for (const auto& node : best[i]) reachable |= node.demerits < kInf;
        if (!reachable) continue;
        for (size_t j = i; j < n; ++j) {  // ... and ending with item j
            // The glue of the last item on a line disappears at the break.
            const double natural = box[j + 1] - box[i] + glue[j] - glue[i];
            const double st = stretch[j] - stretch[i] + options.line_stretch;
            const double sh = shrink[j] - shrink[i];
            const bool last = j == n - 1;
            const bool forced_end = items[j].forced || last;
            double r;
            if (forced_end && options.last_line_fill && natural <= line_width) {
                r = 0;
            } else {
                r = adjustment_ratio(natural, st, sh, line_width);
            }
            const bool overfull = r < -1;
            if (overfull && j > i) break;  // longer lines only get wider
            double badness = overfull ? 0 : std::min(100.0 * std::pow(std::abs(r), 3), 1e5);
            double d = std::pow(options.line_penalty + badness, 2);
            const double p = items[j].penalty;
            d += p >= 0 ? p * p : -p * p;
            if (overfull) d += options.overfull_demerits;
            const int c = fitness_class(r);
            for (int pc = 0; pc < 4; ++pc) {
                const Node& prev = best[i][pc];
                if (prev.demerits == kInf) continue;
                double total = prev.demerits + d;
                if (std::abs(pc - c) > 1) total += options.adjacent_fitness_demerits;
                Node& target = best[j + 1][c];
                if (total < target.demerits) target = Node{total, i, pc};
            }
            if (items[j].forced) break;  // a line never runs past a forced break
        }
    }
    // Walk back from the cheapest final node.
    int c = 0;
    for (int k = 1; k < 4; ++k) {
        if (best[n][k].demerits < best[n][c].demerits) c = k;
    }
    std::vector<size_t> ends;
    size_t j = n;
    while (j > 0) {
        ends.push_back(j - 1);
        const Node& node = best[j][c];
        j = node.from;
        c = node.from_class;
    }
    std::reverse(ends.begin(), ends.end());
    return ends;
}

}  // namespace potro
