#include "page_images.h"

#include <png.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <memory>

namespace potro::service {

namespace {

void append(png_structp png, png_bytep data, png_size_t length) {
    auto* out = static_cast<std::string*>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char*>(data), length);
}

void flush(png_structp) {}

// A BGR24 image (three bytes a pixel) as PNG, in memory.
bool encode_png(const poppler::image& img, std::string* out) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png) return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : nullptr);
        return false;
    }
    png_set_write_fn(png, out, append, flush);
    png_set_IHDR(png, info, static_cast<png_uint_32>(img.width()),
                 static_cast<png_uint_32>(img.height()), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 3);  // fast: the preview is redrawn as the clerk types
    png_write_info(png, info);
    png_set_bgr(png);
    const char* data = img.const_data();
    for (int y = 0; y < img.height(); ++y) {
        png_write_row(
            png, reinterpret_cast<png_const_bytep>(
                     data + static_cast<size_t>(y) * static_cast<size_t>(img.bytes_per_row())));
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

Result<PageImages> page_images(const std::string& pdf, double dpi, size_t max_pages) {
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
    if (!doc) return make_error({}, "the PDF could not be read back for the preview");
    PageImages out;
    out.pages = static_cast<size_t>(doc->pages());
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_bgr24);
    for (size_t i = 0; i < out.pages && i < max_pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(static_cast<int>(i)));
        if (!page) return make_error({}, "page " + std::to_string(i + 1) + " could not be drawn");
        const poppler::image img = renderer.render_page(page.get(), dpi, dpi);
        std::string png;
        if (!img.is_valid() || !encode_png(img, &png))
            return make_error({}, "page " + std::to_string(i + 1) + " could not be drawn");
        out.pngs.push_back(std::move(png));
    }
    return out;
}

}  // namespace potro::service
