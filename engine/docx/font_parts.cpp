// Embedded fonts: each face a part of its own, obfuscated as ISO/IEC 29500-1 §17.8.1 asks —
// the first 32 bytes XORed with the font key, a GUID read backwards. The key is made from the
// font's bytes, so the same document gives the same DOCX; it hides nothing (the standard's
// obfuscation keeps fonts from being lifted as files, it is not encryption), so a hash made
// for speed (FNV-1a) serves, written here because no library potro uses has one to hand.
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "docx/package.h"

namespace potro::docx {

namespace {

uint64_t fnv1a(const std::string& bytes, uint64_t seed) {
    uint64_t h = seed;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// 16 bytes from the font, as a GUID "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}".
std::string key_of(const std::string& bytes) {
    const uint64_t a = fnv1a(bytes, 14695981039346656037ull);
    const uint64_t b = fnv1a(bytes, a ^ 0x9E3779B97F4A7C15ull);
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llX%016llX", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    const std::string h(hex);
    return "{" + h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" +
           h.substr(16, 4) + "-" + h.substr(20) + "}";
}

// The key's 16 bytes in the order they are written, from its 32 hex digits.
std::string key_bytes(const std::string& key) {
    std::string hex;
    for (char c : key) {
        if (c != '{' && c != '}' && c != '-') hex += c;
    }
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

std::string obfuscated(std::string font, const std::string& key) {
    const std::string k = key_bytes(key);
    for (size_t i = 0; i < 32 && i < font.size(); ++i) font[i] ^= k[15 - (i % 16)];
    return font;
}

// A face's key and obfuscated bytes, made once per process for each font (the same faces are
// in every document of a bulk export).
std::pair<std::string, std::string> keyed(const std::string& bytes) {
    static std::mutex mutex;
    static std::unordered_map<std::string, std::pair<std::string, std::string>> made;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = made.find(bytes); it != made.end()) return it->second;
    if (made.size() >= 16) made.clear();
    std::string key = key_of(bytes);
    std::string hidden = obfuscated(bytes, key);
    return made.emplace(bytes, std::make_pair(std::move(key), std::move(hidden))).first->second;
}

}  // namespace

std::vector<FontPart> font_parts(const DocxOptions& options) {
    std::vector<FontPart> parts;
    for (const auto& f : options.embedded_fonts) {
        for (bool bold : {false, true}) {
            const std::string& bytes = bold ? f.bold : f.regular;
            if (bytes.size() < 32) continue;
            FontPart p;
            p.family = f.family;
            p.bold = bold;
            const std::string n = std::to_string(parts.size() + 1);
            p.part = "word/fonts/font" + n + ".odttf";
            p.rel_id = "rId" + n;
            std::tie(p.key, p.bytes) = keyed(bytes);
            parts.push_back(std::move(p));
        }
    }
    return parts;
}

}  // namespace potro::docx
