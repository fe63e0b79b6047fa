// SHA-256 of what an output is made from, to tell whether an output is up to date.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "potro/diagnostic.h"

namespace potro {

class ContentHash {
  public:
    ContentHash();
    ~ContentHash();
    ContentHash(const ContentHash&) = delete;
    ContentHash& operator=(const ContentHash&) = delete;

    // Adds a field: its length goes in first, so ("ab","c") and ("a","bc") differ.
    ContentHash& add(std::string_view bytes);
    // The digest as 64 lowercase hex digits; the hash cannot be added to afterwards.
    std::string hex();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The SHA-256 of a whole file, as hex; an error names the file.
Result<std::string> hash_file(const std::string& path);

}  // namespace potro
