// Safe libxml2 parsing and small helpers over its tree, shared by the minutes, letterhead and
// template readers. Errors carry file, line and column.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro::xml {

struct DocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// The largest XML file potro reads: minutes with a long annex are a few hundred kilobytes.
constexpr size_t kMaxXmlBytes = size_t{16} << 20;

// Parses `text` as `file`: no network, no DTD loading, no entity substitution; a document
// with a DOCTYPE is refused before parsing (an entity bomb cannot even start), and so is a
// file that is too large, empty, or not UTF-8.
Result<DocPtr> parse(const std::string& text, const std::string& file);

// Position of a node: its line from libxml2, its column found in the source text.
SourcePos pos(const xmlNode* node, const std::string& file, const std::string& source);

std::string name(const xmlNode* node);
bool has_attr(const xmlNode* node, const char* attr);
std::string attr(const xmlNode* node, const char* attr, const std::string& fallback = "");
std::vector<xmlNode*> children(const xmlNode* node);    // element children only
xmlNode* child(const xmlNode* node, const char* name);  // first element child of that name
// The text inside a node, whitespace runs folded to one space and trimmed, NFC, UTF-16.
std::u16string text(const xmlNode* node);

}  // namespace potro::xml
