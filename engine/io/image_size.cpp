#include "io/image_size.h"

#include <png.h>

namespace potro {

namespace {
int be16(const std::string& b, size_t i) {
    return (static_cast<unsigned char>(b[i]) << 8) | static_cast<unsigned char>(b[i + 1]);
}
int be32(const std::string& b, size_t i) {
    return (be16(b, i) << 16) | be16(b, i + 2);
}
}  // namespace

std::optional<PixelSize> image_pixel_size(const std::string& b) {
    if (b.size() >= 24 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0 &&
        b.compare(12, 4, "IHDR") == 0) {
        PixelSize s{be32(b, 16), be32(b, 20)};
        if (s.width > 0 && s.height > 0) return s;
        return std::nullopt;
    }
    if (b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0xFF &&
        static_cast<unsigned char>(b[1]) == 0xD8) {
        // Walk the JPEG segments to a start-of-frame marker.
        size_t i = 2;
        while (i + 9 < b.size()) {
            if (static_cast<unsigned char>(b[i]) != 0xFF) return std::nullopt;
            const unsigned char marker = static_cast<unsigned char>(b[i + 1]);
            const int len = be16(b, i + 2);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                marker != 0xCC) {
                PixelSize s{be16(b, i + 7), be16(b, i + 5)};
                if (s.width > 0 && s.height > 0) return s;
                return std::nullopt;
            }
            if (len < 2) return std::nullopt;
            i += 2 + static_cast<size_t>(len);
        }
    }
    return std::nullopt;
}

}  // namespace potro

namespace potro {

std::string image_problem(const std::string& bytes) {
    if (bytes.size() > kMaxImageBytes) return "is larger than 8 MB";
    const auto size = image_pixel_size(bytes);
    if (!size) return "is not a PNG or JPEG image";
    if (size->width <= 0 || size->height <= 0 || size->width > kMaxImagePixels ||
        size->height > kMaxImagePixels) {
        return "is " + std::to_string(size->width) + "x" + std::to_string(size->height) +
               " pixels; an emblem may be at most " + std::to_string(kMaxImagePixels) +
               " pixels a side";
    }
    if (bytes.rfind("\x89PNG", 0) != 0) return {};  // JPEG: its data is passed through as is
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()))
        return std::string("is a damaged PNG (") + image.message + ")";
    image.format = PNG_FORMAT_RGBA;
    std::string pixels(PNG_IMAGE_SIZE(image), '\0');
    if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
        const std::string msg = image.message;
        png_image_free(&image);
        return "is a damaged or truncated PNG (" + msg + ")";
    }
    return {};
}

}  // namespace potro
