// What a paragraph is in the document: the role a template styles and the DOCX names as a
// paragraph style a clerk can reuse in Word.
#pragma once

#include <string_view>

namespace potro {

enum class StyleRole {
    Body,
    Letterhead,
    Title,
    Subtitle,
    MeetingBlock,
    Heading,
    TableText,
    Signature,
    MemoLine,
    Distribution,
    Footer,
};

// Every role, in the order the DOCX lists its styles.
inline constexpr StyleRole kStyleRoles[] = {
    StyleRole::Letterhead, StyleRole::Title,        StyleRole::Subtitle,  StyleRole::MeetingBlock,
    StyleRole::Body,       StyleRole::Heading,      StyleRole::TableText, StyleRole::Signature,
    StyleRole::MemoLine,   StyleRole::Distribution, StyleRole::Footer,
};

// The style's name (and DOCX style id): "Body", "MemoLine" ...
constexpr std::string_view style_name(StyleRole role) {
    switch (role) {
        case StyleRole::Body:
            return "Body";
        case StyleRole::Letterhead:
            return "Letterhead";
        case StyleRole::Title:
            return "Title";
        case StyleRole::Subtitle:
            return "Subtitle";
        case StyleRole::MeetingBlock:
            return "MeetingBlock";
        case StyleRole::Heading:
            return "Heading";
        case StyleRole::TableText:
            return "TableText";
        case StyleRole::Signature:
            return "Signature";
        case StyleRole::MemoLine:
            return "MemoLine";
        case StyleRole::Distribution:
            return "Distribution";
        case StyleRole::Footer:
            return "Footer";
    }
    return "Body";
}

}  // namespace potro
