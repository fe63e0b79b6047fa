// Writing PDF content-stream operators with numbers formatted the same in every locale.
#pragma once

#include <string>
#include <string_view>

namespace potro::pdf {

class ContentStream {
  public:
    ContentStream& num(double v);  // up to 3 decimals, no exponent, trailing zeros dropped
    ContentStream& op(std::string_view s);
    ContentStream& raw(std::string_view s) {
        out_ += s;
        return *this;
    }
    ContentStream& hex4(unsigned v);  // a 2-byte code as 4 hex digits
    const std::string& str() const { return out_; }

  private:
    std::string out_;
};

}  // namespace potro::pdf
