// The pixel size of a PNG or JPEG, read from its header, to keep images in proportion.
#pragma once

#include <optional>
#include <string>

#include "doc/image.h"

namespace potro {

std::optional<PixelSize> image_pixel_size(const std::string& bytes);

// Larger images are refused: an emblem is a few hundred pixels, and a small file that
// unpacks to gigabytes of pixels is an attack, not a letterhead.
constexpr int kMaxImagePixels = 4096;  // per side
constexpr size_t kMaxImageBytes = size_t{8} << 20;

// Why an image cannot be used (empty when it can): not a PNG or JPEG, too large, or a PNG
// whose pixels do not decode (a truncated or damaged file).
std::string image_problem(const std::string& bytes);

}  // namespace potro
