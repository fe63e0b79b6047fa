// Deflate compression for the PDF's streams (FlateDecode, zlib format) and the DOCX's zip
// entries (raw deflate), by libdeflate: the same format as zlib at a fraction of its time,
// which is most of what writing a document costs. Deterministic for a given input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace potro {

// How hard to try: Small for data written once and kept (fonts), Fast for the bulky text
// operators, where the longer search gains little.
enum class Effort { Fast, Small };

// RFC 1950 (zlib) stream, as PDF's FlateDecode filter reads it.
std::string zlib_compress(std::string_view data, Effort effort = Effort::Small);
// RFC 1951 raw deflate, as a zip entry holds it.
std::string deflate_raw(std::string_view data);
// The CRC-32 a zip entry records.
uint32_t crc32_of(std::string_view data);

}  // namespace potro
