// MD5, for document IDs and font subset tags (what PDF asks for; nothing here is a security
// digest).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

namespace potro::pdf {

// MD5, for document IDs and subset tags.
class Md5 {
  public:
    Md5();
    ~Md5();
    void update(std::string_view bytes);
    std::array<uint8_t, 16> finish();

  private:
    struct Ctx;
    std::unique_ptr<Ctx> ctx_;
};

}  // namespace potro::pdf
