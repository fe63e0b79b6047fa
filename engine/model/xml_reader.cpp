#include "model/xml_reader.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "base/unicode.h"

namespace potro::xml {

namespace {

struct ErrorSink {
    std::string message;
    int line = 0;
    int column = 0;
};

void collect(void* user, xmlErrorPtr error) {
    auto* sink = static_cast<ErrorSink*>(user);
    if (!sink->message.empty() || !error || error->level < XML_ERR_ERROR) return;
    sink->message = error->message ? error->message : "malformed XML";
    while (!sink->message.empty() &&
           (sink->message.back() == '\n' || sink->message.back() == ' ')) {
        sink->message.pop_back();
    }
    sink->line = error->line;
    sink->column = error->int2;
}

}  // namespace

Result<DocPtr> parse(const std::string& text, const std::string& file) {
    ErrorSink sink;
    xmlSetStructuredErrorFunc(&sink, collect);
    // No XML_PARSE_NOENT (entities stay unexpanded), no XML_PARSE_DTDLOAD, no network.
    const int options = XML_PARSE_NONET;
    xmlDoc* doc =
        xmlReadMemory(text.data(), static_cast<int>(text.size()), file.c_str(), nullptr, options);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    DocPtr owned(doc);
    if (!doc || !sink.message.empty()) {
        return make_error({file, sink.line, sink.column},
                          "the file is not well-formed XML: " +
                              (sink.message.empty() ? std::string("cannot parse") : sink.message));
    }
    if (doc->intSubset || doc->extSubset) {
        return make_error(
            {file, static_cast<int>(xmlGetLineNo(reinterpret_cast<xmlNode*>(doc->intSubset))), 1},
            "a DOCTYPE is not allowed in potro files (no DTDs, no entities); "
            "remove the <!DOCTYPE ...> line");
    }
    return owned;
}

SourcePos pos(const xmlNode* node, const std::string& file, const std::string& source) {
    SourcePos p{file, node ? static_cast<int>(xmlGetLineNo(node)) : 0, 0};
    if (!node || p.line <= 0) return p;
    // Find the element's "<name" on its line for the column (libxml2 keeps only lines).
    size_t at = 0;
    for (int l = 1; l < p.line && at != std::string::npos; ++l) {
        at = source.find('\n', at);
        if (at != std::string::npos) ++at;
    }
    if (at == std::string::npos) return p;
    const size_t end = source.find('\n', at);
    const std::string line =
        source.substr(at, end == std::string::npos ? std::string::npos : end - at);
    const std::string needle = "<" + name(node);
    size_t col = line.find(needle);
    if (col == std::string::npos) col = 0;
    // Columns count characters, not bytes.
    int chars = 1;
    for (size_t i = 0; i < col; ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
    }
    p.column = chars;
    return p;
}

std::string name(const xmlNode* node) {
    return node && node->name ? reinterpret_cast<const char*>(node->name) : "";
}

bool has_attr(const xmlNode* node, const char* a) {
    return xmlHasProp(node, reinterpret_cast<const xmlChar*>(a)) != nullptr;
}

std::string attr(const xmlNode* node, const char* a, const std::string& fallback) {
    xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(a));
    if (!v) return fallback;
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

std::vector<xmlNode*> children(const xmlNode* node) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) out.push_back(c);
    }
    return out;
}

xmlNode* child(const xmlNode* node, const char* n) {
    for (xmlNode* c : children(node)) {
        if (name(c) == n) return c;
    }
    return nullptr;
}

std::u16string text(const xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    if (!content) return u"";
    std::string raw(reinterpret_cast<const char*>(content));
    xmlFree(content);
    std::string folded;
    bool space = false;
    for (char c : raw) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !folded.empty();
            continue;
        }
        if (space) folded += ' ';
        space = false;
        folded += c;
    }
    auto u16 = utf8_to_utf16(folded, "");
    return u16 ? to_nfc(u16.value()) : u"";
}

}  // namespace potro::xml
