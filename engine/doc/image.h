// An image as a document carries it: its bytes, read once when the document is read, and its
// pixel size. Exporters embed the bytes; none of them opens a file.
#pragma once

#include <memory>
#include <string>

namespace potro {

struct PixelSize {
    int width = 0;
    int height = 0;
};

struct Image {
    std::string name;   // as the document's source names it (for diagnostics)
    std::string bytes;  // PNG or JPEG, checked when read
    PixelSize pixels;
};

using ImageRef = std::shared_ptr<const Image>;

}  // namespace potro
