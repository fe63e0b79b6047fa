#include "text/break_points.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "base/unicode.h"

namespace potro {

namespace {

// ICU iterators are costly to create and not thread-safe: one of each per thread.
icu::BreakIterator& thread_iterator(bool line) {
    thread_local std::unique_ptr<icu::BreakIterator> line_it;
    thread_local std::unique_ptr<icu::BreakIterator> char_it;
    auto& it = line ? line_it : char_it;
    if (!it) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale bn("bn", "BD");
        it.reset(line ? icu::BreakIterator::createLineInstance(bn, status)
                      : icu::BreakIterator::createCharacterInstance(bn, status));
    }
    return *it;
}

bool is_letter(char32_t cp) {
    return u_isalpha(static_cast<UChar32>(cp));
}

}  // namespace

std::vector<uint32_t> grapheme_boundaries(std::u16string_view text, uint32_t start, uint32_t end) {
    std::vector<uint32_t> out;
    icu::BreakIterator& it = thread_iterator(false);
    icu::UnicodeString s(false, text.data() + start, static_cast<int32_t>(end - start));
    it.setText(s);
    for (int32_t p = it.next(); p != icu::BreakIterator::DONE; p = it.next()) {
        const auto pos = static_cast<uint32_t>(p) + start;
        if (pos < end) out.push_back(pos);
    }
    return out;
}

std::vector<BreakPoint> find_break_points(std::u16string_view text) {
    std::vector<BreakPoint> out;
    if (text.empty()) {
        out.push_back({0, false});
        return out;
    }
    // Graphemes first: a line break must also be a grapheme boundary.
    std::vector<bool> grapheme(text.size() + 1, false);
    for (uint32_t b : grapheme_boundaries(text, 0, static_cast<uint32_t>(text.size()))) {
        grapheme[b] = true;
    }
    grapheme[text.size()] = true;

    icu::BreakIterator& it = thread_iterator(true);
    icu::UnicodeString s(false, text.data(), static_cast<int32_t>(text.size()));
    it.setText(s);
    std::vector<bool> allowed(text.size() + 1, false);
    std::vector<bool> forced(text.size() + 1, false);
    for (int32_t p = it.next(); p != icu::BreakIterator::DONE; p = it.next()) {
        allowed[static_cast<size_t>(p)] = true;
        if (it.getRuleStatus() >= UBRK_LINE_HARD && static_cast<size_t>(p) < text.size()) {
            forced[static_cast<size_t>(p)] = true;
        }
    }
    for (size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == u'/' && is_letter(code_point_at(text, i + 1, nullptr)))
            allowed[i + 1] = true;
    }
    // A web or e-mail address is one word to ICU, too wide for a narrow line and a stretched
    // one beside it: it may break after its / . @ (the line breaker prefers not to).
    for (size_t start = 0; start < text.size();) {
        size_t end = start;
        while (end < text.size() && !u_isspace(text[end])) ++end;
        const std::u16string_view word = text.substr(start, end - start);
        const bool address = word.find(u'@') != std::u16string_view::npos ||
                             word.find(u"://") != std::u16string_view::npos ||
                             word.substr(0, 4) == u"www.";
        for (size_t i = start; address && i + 2 < end; ++i) {
            const char16_t c = text[i];
            if ((c == u'/' || c == u'.' || c == u'@') && text[i + 1] != u'/' && text[i + 1] != u'.')
                allowed[i + 1] = true;
        }
        start = end + 1;
    }
    for (size_t p = 1; p <= text.size(); ++p) {
        if (allowed[p] && grapheme[p]) out.push_back({static_cast<uint32_t>(p), forced[p]});
    }
    if (out.empty() || out.back().pos != text.size()) {
        out.push_back({static_cast<uint32_t>(text.size()), false});
    }
    return out;
}

}  // namespace potro
