// Documents written as JSON: the same elements and attributes as the XML, in the same nesting,
// so that a program that builds documents in memory (an e-filing system, the form) need not
// write XML. The JSON is turned into the XML potro reads, and every diagnostic about it is
// moved back to the line and column of the JSON text.
//
//     {"minutes": {"@id": "natore-2025-07",
//                  "subject": "জেলা ই-নথি বাস্তবায়ন কমিটির সভা",
//                  "meeting": {"chair": {"name": "…"}, "date": "2025-08-12"},
//                  "body": {"#content": [{"p": "…"}, {"agenda": {"item": [ … ]}}]}}}
//
// - A document is one object whose one key is the root element.
// - An element is a string (its text) or an object: "@name" keys are its attributes, "#text"
//   its text, other keys its child elements — an array for an element that repeats;
//   "#content" is its content in order, a list of strings (text) and one-key objects
//   (elements), for mixed text (<p>…<b>…</b>…</p>) and for children whose order matters
//   across names (a body's paragraphs, lists and tables).
// - Numbers and true/false are taken as their text; null is an empty element.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "potro/diagnostic.h"

namespace potro {

// Where each line of the XML made from a JSON document came from in the JSON.
class JsonPositions {
  public:
    JsonPositions(std::string file, std::vector<SourcePos> by_xml_line)
        : file_(std::move(file)), by_xml_line_(std::move(by_xml_line)) {}
    // A diagnostic about the XML, moved to the JSON text (others are left as they are).
    Diagnostic located(Diagnostic d) const;
    // The other way: the XML line of the element written at `pos` of the JSON (or of the last
    // one written before it); 0 when there is none.
    int xml_line_of(const SourcePos& pos) const;

  private:
    std::string file_;
    std::vector<SourcePos> by_xml_line_;  // [0] is line 1
};

// Whether `bytes` is meant as JSON (its first non-blank character is '{' or '[').
bool looks_like_json(std::string_view bytes);

struct XmlFromJson {
    std::string xml;
    std::shared_ptr<const JsonPositions> positions;
};

// `file` names the JSON in diagnostics. Errors (not JSON, or not shaped as a document) carry
// the JSON's line and column and say what to write.
Result<XmlFromJson> json_to_xml(const std::string& json, const std::string& file);

// A document's XML as JSON (two-space indents, UTF-8 as is); comments are left out and runs of
// white space folded, as potro reads them.
Result<std::string> xml_to_json(const std::string& xml, const std::string& file);

}  // namespace potro
