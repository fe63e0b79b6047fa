#include "io/deflate.h"

#include <libdeflate.h>

#include <memory>
#include <new>

namespace potro {

namespace {

// Level 6 is zlib's default: libdeflate gives files a little smaller than zlib's, faster.
constexpr int kLevel = 6;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// A compressor keeps large work buffers: one per thread, made once.
libdeflate_compressor* compressor() {
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> c(
        libdeflate_alloc_compressor(kLevel));
    if (!c) throw std::bad_alloc();
    return c.get();
}

template <class Bound, class Compress>
std::string compress_with(std::string_view data, Bound bound, Compress compress) {
    libdeflate_compressor* c = compressor();
    std::string out(bound(c, data.size()), '\0');
    const size_t n = compress(c, data.data(), data.size(), out.data(), out.size());
    out.resize(n);
    return out;
}

}  // namespace

std::string zlib_compress(std::string_view data) {
    return compress_with(data, libdeflate_zlib_compress_bound, libdeflate_zlib_compress);
}

std::string deflate_raw(std::string_view data) {
    return compress_with(data, libdeflate_deflate_compress_bound, libdeflate_deflate_compress);
}

uint32_t crc32_of(std::string_view data) {
    return libdeflate_crc32(0, data.data(), data.size());
}

}  // namespace potro
