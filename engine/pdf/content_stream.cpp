#include "pdf/content_stream.h"

#include <charconv>
#include <cmath>

namespace potro::pdf {

ContentStream& ContentStream::num(double v) {
    if (std::abs(v) < 0.0005) v = 0;  // never "-0"
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3);
    std::string_view s(buf, static_cast<size_t>(res.ptr - buf));
    if (s.find('.') != std::string_view::npos) {
        while (s.back() == '0') s.remove_suffix(1);
        if (s.back() == '.') s.remove_suffix(1);
    }
    if (s == "-0") s = "0";
    if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n' && out_.back() != '[' &&
        out_.back() != '>') {
        out_ += ' ';
    }
    out_ += s;
    return *this;
}

ContentStream& ContentStream::op(std::string_view s) {
    if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n') out_ += ' ';
    out_ += s;
    return *this;
}

ContentStream& ContentStream::hex4(unsigned v) {
    static const char digits[] = "0123456789ABCDEF";
    out_ += digits[(v >> 12) & 15];
    out_ += digits[(v >> 8) & 15];
    out_ += digits[(v >> 4) & 15];
    out_ += digits[v & 15];
    return *this;
}

}  // namespace potro::pdf
