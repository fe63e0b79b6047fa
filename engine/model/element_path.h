// Where in a document a diagnostic points, as an element path a program can act on:
// "/minutes/body/agenda/item[2]/decision". A form marks the field the path names.
#pragma once

#include <memory>
#include <string>

namespace potro {

class ElementPaths {
  public:
    // Parses `text` once (with the reader's limits); a text that is not XML has no paths. A
    // JSON document (model/json_document.h) has the paths of the XML it stands for, and
    // positions in the JSON text.
    explicit ElementPaths(const std::string& text);
    ~ElementPaths();
    ElementPaths(const ElementPaths&) = delete;
    ElementPaths& operator=(const ElementPaths&) = delete;

    // The path of the element that starts at `line`:`column` (a diagnostic's position; column
    // 0: anywhere on the line), or of the last element that starts before it; a sibling's
    // index in brackets when its parent has more than one element of its name. Empty when the
    // text is not XML or the position is before the root.
    std::string at(int line, int column) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace potro
