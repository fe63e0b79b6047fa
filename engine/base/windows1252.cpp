#include "base/windows1252.h"

#include <unicode/ucnv.h>

#include <memory>

namespace potro {

std::u16string windows1252_to_utf16(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open("windows-1252", &status),
                                                           ucnv_close);
    if (U_FAILURE(status)) {
        // ICU without its conversion data: the code page agrees with Latin-1 outside 80–9F,
        // and the Bijoy reader takes C1 characters for those signs anyway.
        std::u16string latin1;
        for (char b : bytes) latin1.push_back(static_cast<unsigned char>(b));
        return latin1;
    }
    // Undefined bytes come out as their C1 control, not as U+FFFD: a Bijoy file is never
    // refused for a byte the code page does not name.
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::u16string result;
    result.reserve(bytes.size());
    const char* source = bytes.data();
    const char* const end = bytes.data() + bytes.size();
    while (source < end) {
        status = U_ZERO_ERROR;
        UChar buffer[1024];
        UChar* target = buffer;
        ucnv_toUnicode(cnv.get(), &target, buffer + 1024, &source, end, nullptr, true, &status);
        result.append(reinterpret_cast<const char16_t*>(buffer),
                      static_cast<size_t>(target - buffer));
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(status)) {  // an undefined byte: the converter stopped just after it
            result.push_back(static_cast<unsigned char>(source[-1]));
            ucnv_reset(cnv.get());
        }
    }
    return result;
}

}  // namespace potro
