#include "model/parts.h"

namespace potro {

bool RichText::empty() const {
    for (const auto& s : spans) {
        if (!s.text.empty()) return false;
    }
    return true;
}

std::u16string RichText::plain() const {
    std::u16string out;
    for (const auto& s : spans) out += s.text;
    return out;
}

std::u16string Recipient::printed() const {
    return purpose.empty() ? text.plain() : text.plain() + u" (" + purpose + u")";
}

}  // namespace potro
