// A PNG's pixels as a PDF image wants them: 8-bit RGB samples and, when the image is not
// opaque, an 8-bit alpha mask, each already deflated. Decoded once per process and shared,
// since every document of an office carries the same emblem.
#pragma once

#include <memory>
#include <string>

#include "potro/diagnostic.h"

namespace potro::pdf {

struct PngSamples {
    int width = 0;
    int height = 0;
    std::string rgb;    // zlib-compressed, width*height*3 bytes uncompressed
    std::string alpha;  // zlib-compressed width*height bytes; empty when fully opaque
    // The image laid on white, for files that may not use transparency (PDF/A as potro makes
    // it); the same as `rgb` when the image is opaque.
    std::string rgb_on_white;
};

// The samples of the PNG in `bytes`; the same bytes give the same shared result.
Result<std::shared_ptr<const PngSamples>> png_samples(const std::string& bytes);

}  // namespace potro::pdf
