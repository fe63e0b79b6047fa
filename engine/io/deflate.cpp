#include "io/deflate.h"

#include <libdeflate.h>

#include <memory>
#include <new>

namespace potro {

namespace {

// Level 6 is zlib's default: libdeflate gives files a little smaller than zlib's, faster.
constexpr int kSmallLevel = 6;
constexpr int kFastLevel = 1;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

// A compressor keeps large work buffers: one per thread and effort, made once.
libdeflate_compressor* compressor(Effort effort) {
    thread_local Compressor small(libdeflate_alloc_compressor(kSmallLevel));
    thread_local Compressor fast(libdeflate_alloc_compressor(kFastLevel));
    libdeflate_compressor* c = effort == Effort::Small ? small.get() : fast.get();
    if (!c) throw std::bad_alloc();
    return c;
}

template <class Bound, class Compress>
std::string compress_with(std::string_view data, Effort effort, Bound bound, Compress compress) {
    libdeflate_compressor* c = compressor(effort);
    std::string out(bound(c, data.size()), '\0');
    const size_t n = compress(c, data.data(), data.size(), out.data(), out.size());
    out.resize(n);
    return out;
}

}  // namespace

std::string zlib_compress(std::string_view data, Effort effort) {
    return compress_with(data, effort, libdeflate_zlib_compress_bound, libdeflate_zlib_compress);
}

std::string deflate_raw(std::string_view data) {
    return compress_with(data, Effort::Small, libdeflate_deflate_compress_bound,
                         libdeflate_deflate_compress);
}

uint32_t crc32_of(std::string_view data) {
    return libdeflate_crc32(0, data.data(), data.size());
}

}  // namespace potro
