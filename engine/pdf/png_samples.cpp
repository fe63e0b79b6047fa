#include "pdf/png_samples.h"

#include <png.h>

#include <map>
#include <mutex>

#include "io/deflate.h"

namespace potro::pdf {

namespace {

Result<std::shared_ptr<const PngSamples>> decode(const std::string& bytes) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
        return make_error({}, std::string("not a readable PNG (") + image.message + ")");
    }
    image.format = PNG_FORMAT_RGBA;
    std::string rgba(PNG_IMAGE_SIZE(image), '\0');
    if (!png_image_finish_read(&image, nullptr, rgba.data(), 0, nullptr)) {
        const std::string msg = image.message;
        png_image_free(&image);
        return make_error({}, "the PNG is damaged (" + msg + ")");
    }
    const size_t pixels = static_cast<size_t>(image.width) * image.height;
    std::string rgb(pixels * 3, '\0'), alpha(pixels, '\0');
    bool opaque = true;
    for (size_t i = 0; i < pixels; ++i) {
        rgb[3 * i] = rgba[4 * i];
        rgb[3 * i + 1] = rgba[4 * i + 1];
        rgb[3 * i + 2] = rgba[4 * i + 2];
        alpha[i] = rgba[4 * i + 3];
        opaque = opaque && static_cast<unsigned char>(alpha[i]) == 255;
    }
    auto out = std::make_shared<PngSamples>();
    out->width = static_cast<int>(image.width);
    out->height = static_cast<int>(image.height);
    out->rgb = zlib_compress(rgb);
    if (!opaque) {
        out->alpha = zlib_compress(alpha);
        std::string flat(pixels * 3, '\0');
        for (size_t i = 0; i < pixels; ++i) {
            const unsigned a = static_cast<unsigned char>(alpha[i]);
            for (size_t k = 0; k < 3; ++k) {
                const unsigned c = static_cast<unsigned char>(rgb[3 * i + k]);
                flat[3 * i + k] = static_cast<char>((c * a + 255 * (255 - a) + 127) / 255);
            }
        }
        out->rgb_on_white = zlib_compress(flat);
    } else {
        out->rgb_on_white = out->rgb;
    }
    return std::shared_ptr<const PngSamples>(std::move(out));
}

}  // namespace

Result<std::shared_ptr<const PngSamples>> png_samples(const std::string& bytes) {
    // Few distinct images exist in a run (an office's emblem); keyed by their bytes.
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const PngSamples>> cache;
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(bytes); it != cache.end()) return it->second;
    }
    auto decoded = decode(bytes);
    if (!decoded) return decoded;
    std::lock_guard lock(mutex);
    if (cache.size() >= 64) return decoded;
    // Another thread may have decoded the same bytes meanwhile: the first one kept is the one.
    return cache.emplace(bytes, decoded.value()).first->second;
}

}  // namespace potro::pdf
