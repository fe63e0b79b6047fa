// Embedded fonts: each face a part of its own, obfuscated as ISO/IEC 29500-1 §17.8.1 asks —
// the first 32 bytes XORed with the font key, a GUID read backwards. The key is made from the
// font's bytes, so the same document gives the same DOCX; it hides nothing (the standard's
// obfuscation keeps fonts from being lifted as files, it is not encryption), so a hash made
// for speed (FNV-1a) serves, written here because no library potro uses has one to hand.
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <mutex>

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

std::shared_ptr<const FontFile> font_file(const std::string& font) {
    // The key's 16 bytes, in the order the GUID writes them.
    const uint64_t a = fnv1a(font, 14695981039346656037ull);
    const uint64_t b = fnv1a(font, a ^ 0x9E3779B97F4A7C15ull);
    std::array<unsigned char, 16> k{};
    for (int i = 0; i < 8; ++i) {
        k[static_cast<size_t>(i)] = static_cast<unsigned char>(a >> (56 - 8 * i));
        k[static_cast<size_t>(8 + i)] = static_cast<unsigned char>(b >> (56 - 8 * i));
    }
    char key[39];
    std::snprintf(key, sizeof key,
                  "{%02X%02X%02X%02X-%02X%02X-%02X%02X-%02X%02X-%02X%02X%02X%02X%02X%02X}", k[0],
                  k[1], k[2], k[3], k[4], k[5], k[6], k[7], k[8], k[9], k[10], k[11], k[12], k[13],
                  k[14], k[15]);
    std::string hidden = font;
    for (size_t i = 0; i < 32 && i < hidden.size(); ++i)
        hidden[i] = static_cast<char>(hidden[i] ^ k[15 - (i % 16)]);
    return std::make_shared<const FontFile>(FontFile{key, pack(hidden)});
}

// A face's file, made once per process for each face (the same faces are in every document
// of a bulk export). The map keeps the face it was made from, so its address names it.
std::shared_ptr<const FontFile> made_once(const std::shared_ptr<const std::string>& face) {
    static std::mutex mutex;
    static std::map<const std::string*,
                    std::pair<std::shared_ptr<const std::string>, std::shared_ptr<const FontFile>>>
        made;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = made.find(face.get());
    if (it == made.end()) {
        if (made.size() >= 16) made.clear();
        it = made.emplace(face.get(), std::make_pair(face, font_file(*face))).first;
    }
    return it->second.second;
}

}  // namespace

std::vector<FontPart> font_parts(const DocxOptions& options) {
    std::vector<FontPart> parts;
    for (const auto& f : options.embedded_fonts) {
        for (bool bold : {false, true}) {
            const std::shared_ptr<const std::string>& face = bold ? f.bold : f.regular;
            if (!face || face->size() < 32) continue;
            const std::string n = std::to_string(parts.size() + 1);
            parts.push_back(
                {f.family, bold, "word/fonts/font" + n + ".odttf", "rId" + n, made_once(face)});
        }
    }
    return parts;
}

}  // namespace potro::docx
