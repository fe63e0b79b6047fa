// Fuzz target: bytes as an emblem: the header reader, the full check the reader makes, and the
// PDF backend's decoding and embedding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/image_size.h"
#include "pdf/haru.h"
#include "pdf/png_samples.h"

using namespace potro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    (void)image_pixel_size(bytes);
    // Only what the reader lets through reaches the PDF backend.
    if (!image_problem(bytes).empty()) return 0;
    (void)pdf::png_samples(bytes);
    auto doc = pdf::HaruDocument::create();
    if (!doc) return 0;
    pdf::PageRef page = doc.value()->add_page(200, 200);
    const bool png = bytes.rfind("\x89PNG", 0) == 0;
    (void)doc.value()->draw_image(page, bytes, png, 10, 10, 50, 50);
    doc.value()->end_page(page);
    (void)doc.value()->save();
    return 0;
}
