// What the files of HaruDocument share inside the PDF backend: libharu's types behind the
// opaque handles of haru.h, and PDF text strings.
#pragma once

#include <hpdf.h>

#include <string>

#include "base/unicode.h"
#include "pdf/haru.h"

namespace potro::pdf {

// A PDF text string as UTF-16BE with its byte-order mark: the form that carries Bangla.
inline std::string utf16_bytes(const std::string& utf8) {
    std::string bytes = "\xFE\xFF";
    auto u16 = utf8_to_utf16(utf8, "");
    if (u16) {
        for (char16_t c : u16.value()) {
            bytes += static_cast<char>(c >> 8);
            bytes += static_cast<char>(c & 0xFF);
        }
    }
    return bytes;
}

inline HPDF_Doc D(void* p) {
    return static_cast<HPDF_Doc>(p);
}
inline HPDF_Dict Dict(ObjRef r) {
    return static_cast<HPDF_Dict>(r.p);
}
inline HPDF_Array Arr(ArrayRef r) {
    return static_cast<HPDF_Array>(r.p);
}

}  // namespace potro::pdf
