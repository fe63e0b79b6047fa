#include "base/unicode.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdio>

namespace potro {

Result<std::u16string> utf8_to_utf16(std::string_view utf8, const std::string& file) {
    std::u16string out;
    out.reserve(utf8.size());
    int line = 1;
    int column = 1;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            return make_error({file, line, column},
                              "the file is not valid UTF-8 here; save it as UTF-8 (Unicode) "
                              "text (a file typed in Bijoy and saved as ANSI: `potro convert "
                              "--from bijoy FILE -o NEW` converts it)");
        }
        append_code_point(out, static_cast<char32_t>(c));
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return out;
}

std::string utf16_to_utf8(std::u16string_view text) {
    std::string out;
    icu::UnicodeString(false, text.data(), static_cast<int32_t>(text.size())).toUTF8String(out);
    return out;
}

char32_t code_point_at(std::u16string_view text, size_t i, size_t* next) {
    UChar32 c;
    size_t j = i;
    U16_NEXT(text.data(), j, text.size(), c);
    if (next) *next = j;
    return static_cast<char32_t>(c);
}

std::u16string utf16_of(std::string_view utf8) {
    auto r = utf8_to_utf16(utf8, "");
    return r ? std::move(r.value()) : std::u16string();
}

std::u16string to_nfc(std::u16string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::u16string(text);
    icu::UnicodeString src(false, text.data(), static_cast<int32_t>(text.size()));
    icu::UnicodeString dst = nfc->normalize(src, status);
    if (U_FAILURE(status)) return std::u16string(text);
    return std::u16string(dst.getBuffer(), static_cast<size_t>(dst.length()));
}

void append_code_point(std::u16string& out, char32_t cp) {
    if (cp < 0x10000) {
        out.push_back(static_cast<char16_t>(cp));
    } else {
        out.push_back(static_cast<char16_t>(U16_LEAD(cp)));
        out.push_back(static_cast<char16_t>(U16_TRAIL(cp)));
    }
}

std::string code_point_name(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

SourcePos position_of(std::u16string_view text, size_t index, const std::string& file) {
    SourcePos pos{file, 1, 1};
    size_t i = 0;
    while (i < index && i < text.size()) {
        char32_t c = code_point_at(text, i, &i);
        if (c == u'\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

SourcePos position_of(std::string_view text, size_t at, const std::string& file) {
    return Utf8Positions(text.substr(0, std::min(at, text.size()))).at(at, file);
}

Utf8Positions::Utf8Positions(std::string_view text) : text_(text), starts_{0} {
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
        starts_.push_back(i + 1);
}

SourcePos Utf8Positions::at(size_t offset, const std::string& file) const {
    offset = std::min(offset, text_.size());
    const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const size_t line = static_cast<size_t>(next - starts_.begin());
    int column = 1;
    for (size_t i = starts_[line - 1]; i < offset; ++i) {
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return {file, static_cast<int>(line), column};
}

}  // namespace potro
