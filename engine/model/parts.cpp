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

std::vector<RecipientList*> list_pointers(
    std::initializer_list<std::vector<RecipientList>*> groups) {
    std::vector<RecipientList*> out;
    for (std::vector<RecipientList>* group : groups) {
        if (!group) continue;
        for (RecipientList& l : *group) out.push_back(&l);
    }
    return out;
}

std::u16string Recipient::printed() const {
    return purpose.empty() ? text.plain() : text.plain() + u" (" + purpose + u")";
}

std::u16string Letterhead::contact() const {
    std::u16string out;
    for (const std::u16string* part : {&phone, &fax, &email}) {
        if (part->empty()) continue;
        if (!out.empty()) out += u", ";
        out += *part;
    }
    return out;
}

}  // namespace potro
