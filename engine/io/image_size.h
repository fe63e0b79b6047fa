// The pixel size of a PNG or JPEG, read from its header, to keep images in proportion.
#pragma once

#include <optional>
#include <string>

namespace potro {

struct PixelSize {
    int width = 0;
    int height = 0;
};

std::optional<PixelSize> image_pixel_size(const std::string& bytes);

}  // namespace potro
