// A one-line progress bar for long runs on a terminal: done/total, rate and time left.
// Silent when disabled (not a terminal, --quiet), so scripts see only what they asked for.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

namespace potro::cli {

class ProgressBar {
  public:
    ProgressBar(std::FILE* out, bool enabled);
    // Redraws at most ten times a second, and always for the last document.
    void update(size_t done, size_t total, size_t failed);
    // Prints a line above the bar (a diagnostic) without leaving a broken bar behind.
    void note(const std::string& line);
    // Clears the bar.
    void finish();
    double seconds() const;

  private:
    void draw();

    std::FILE* out_;
    bool enabled_;
    bool drawn_ = false;
    size_t done_ = 0, total_ = 0, failed_ = 0;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace potro::cli
