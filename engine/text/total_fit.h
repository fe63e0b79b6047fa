// Choosing line breaks for a whole paragraph at once (total fit, after Knuth and Plass), so
// that word spacing stays even from line to line.
#pragma once

#include <cstddef>
#include <vector>

namespace potro {

// The material between two break opportunities: a box of `width`, then glue (the spaces
// after it) that stretches and shrinks, and the cost of breaking after it.
struct FitItem {
    double width = 0;
    double glue = 0;
    double stretch = 0;
    double shrink = 0;
    double penalty = 0;   // cost of breaking after this item (0 at a space)
    bool forced = false;  // a line must end after this item
};

struct FitOptions {
    double line_penalty = 10;
    double adjacent_fitness_demerits = 3000;  // a loose line next to a tight one
    double overfull_demerits = 1e9;           // last resort for an item wider than the line
    bool last_line_fill = true;               // the last line keeps natural spacing
    // Stretch every line has at its end, for ragged (left, right, centred) text: lines are then
    // judged by how much room they leave, not by how far their spaces would stretch.
    double line_stretch = 0;
};

// For each line, the index of the item it ends with; the last is items.size() - 1.
std::vector<size_t> total_fit(const std::vector<FitItem>& items, double line_width,
                              const FitOptions& options = {});

// Adjustment ratio of a line with natural width `natural`, stretch and shrink, set to `width`:
// negative shrinks, 1 uses all the stretch.
double adjustment_ratio(double natural, double stretch, double shrink, double width);

}  // namespace potro
