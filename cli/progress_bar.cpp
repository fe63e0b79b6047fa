#include "progress_bar.h"

namespace potro::cli {

namespace {

std::string clock_text(double seconds) {
    const long s = static_cast<long>(seconds + 0.5);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

}  // namespace

ProgressBar::ProgressBar(std::FILE* out, bool enabled) : out_(out), enabled_(enabled) {}

double ProgressBar::seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressBar::update(size_t done, size_t total, size_t failed) {
    done_ = done;
    total_ = total;
    failed_ = failed;
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    draw();
}

void ProgressBar::draw() {
    constexpr int kWidth = 30;
    const double elapsed = seconds();
    const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
    const int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kWidth, '-');
    std::string eta = "--:--";
    if (rate > 0) eta = clock_text(static_cast<double>(total_ - done_) / rate);
    std::fprintf(out_, "\r\033[K[%s] %zu/%zu  %.1f documents/s  ETA %s", bar.c_str(), done_, total_,
                 rate, eta.c_str());
    if (failed_) std::fprintf(out_, "  %zu failed", failed_);
    std::fflush(out_);
    drawn_ = true;
}

void ProgressBar::note(const std::string& line) {
    if (enabled_ && drawn_) std::fputs("\r\033[K", out_);
    std::fprintf(out_, "%s\n", line.c_str());
    if (enabled_ && drawn_) draw();
}

void ProgressBar::finish() {
    if (enabled_ && drawn_) std::fputs("\r\033[K", out_);
    std::fflush(out_);
    drawn_ = false;
}

}  // namespace potro::cli
