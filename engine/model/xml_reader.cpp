#include "model/xml_reader.h"

#include <mutex>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cctype>
#include <cstdio>
#include <optional>
#include <string_view>

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

namespace {

// libxml2's words for the commonest faults, and what a clerk can do about them.
std::string plain_words(std::string m) {
    struct Rewrite {
        const char* contains;
        const char* says;
    };
    static const Rewrite rewrites[] = {
        {"Excessive depth",
         "elements are nested more than 256 deep; is this file made by a program "
         "gone wrong?"},
        {"Premature end of data", "the file ends in the middle of an element; is it complete?"},
        {"EndTag: '</' not found", "the file ends before its elements are closed; is it complete?"},
        {"Extra content at the end of the document",
         "there is more after the closing </minutes>; a file holds one document"},
        {"Start tag expected, '<' not found",
         "this is not XML; a document starts with its root element, such as <minutes>"},
    };
    for (const Rewrite& r : rewrites) {
        if (m.find(r.contains) != std::string::npos) return r.says;
    }
    if (m.rfind("Entity '", 0) == 0 && m.find("not defined") != std::string::npos) {
        return "&" + m.substr(8, m.find('\'', 8) - 8) +
               "; is not defined: XML knows only &amp; &lt; &gt; &quot; &apos; and &#NNNN;, so "
               "write the character itself";
    }
    if (m.find("xmlParseCharRef: invalid xmlChar value") != std::string::npos) {
        return "a character reference (&#" + m.substr(m.rfind(' ') + 1) +
               ";) names a control character XML does not allow; remove it";
    }
    // One line: libxml2 sometimes appends the offending bytes on a second.
    for (char& c : m) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return m;
}

// What potro refuses before libxml2 sees the bytes: files too large to be minutes, encodings
// other than UTF-8 (positions and Bangla need UTF-8), and any DOCTYPE (so no entity can be
// declared, let alone expanded).
std::optional<Diagnostic> refuse(const std::string& text, const std::string& file) {
    if (text.size() > kMaxXmlBytes) {
        char mb[32];
        std::snprintf(mb, sizeof mb, "%.1f", static_cast<double>(text.size()) / (1 << 20));
        return make_error({file, 0, 0}, std::string("the file is ") + mb +
                                            " MB; potro reads XML files of at most " +
                                            std::to_string(kMaxXmlBytes >> 20) +
                                            " MB (is this the right file?)");
    }
    size_t i = 0;
    while (i < text.size() && std::string_view(" \t\r\n").find(text[i]) != std::string::npos) ++i;
    if (i == text.size()) {
        return make_error(
            {file, 1, 1},
            "the file is empty; a document starts with its root element, such as <minutes>");
    }
    const std::string_view head(text.data(), std::min<size_t>(text.size(), 4));
    // Files clerks give by mistake: the Word file or the PDF instead of the XML.
    if (head == "PK\x03\x04") {
        return make_error({file, 0, 0},
                          "this is a Word (.docx) or other ZIP file, not a document's XML; potro "
                          "reads the XML a document is written in (see docs/minutes-xml.md), "
                          "and makes the .docx from it");
    }
    if (head == "%PDF") {
        return make_error({file, 0, 0},
                          "this is a PDF, not a document's XML; `potro extract` gives back the "
                          "XML an archival PDF (--pdfa=3) carries");
    }
    if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF" ||
        (text.size() > 1 && (text[0] == '\0' || text[1] == '\0'))) {
        return make_error({file, 1, 1},
                          "the file is UTF-16, not UTF-8; save it as UTF-8 (in Notepad: Save "
                          "as, Encoding UTF-8)");
    }
    if (auto utf = utf8_to_utf16(text, file); !utf) return utf.error();
    // The XML declaration may name only UTF-8.
    if (text.compare(0, 5, "<?xml") == 0) {
        const size_t end = text.find("?>");
        const size_t enc = text.find("encoding", 0);
        if (end != std::string::npos && enc != std::string::npos && enc < end) {
            size_t q = text.find_first_of("\"'", enc);
            if (q != std::string::npos && q < end) {
                const size_t close = text.find(text[q], q + 1);
                std::string name = text.substr(q + 1, close - q - 1);
                for (char& c : name)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                if (name != "UTF-8" && name != "UTF8") {
                    return make_error(position_of(text, enc, file),
                                      "the file declares encoding=\"" +
                                          text.substr(q + 1, close - q - 1) +
                                          "\"; potro reads UTF-8 only: save the file as UTF-8 "
                                          "and write encoding=\"UTF-8\"");
                }
            }
        }
    }
    // A DOCTYPE can only stand in the prolog, after the declaration, comments and PIs.
    if (const size_t at = text.find("<!DOCTYPE"); at != std::string::npos) {
        return make_error(position_of(text, at, file),
                          "a DOCTYPE is not allowed in potro files (no DTDs, no entities); "
                          "remove the <!DOCTYPE ...> line");
    }
    return std::nullopt;
}

}  // namespace

Result<DocPtr> parse(const std::string& text, const std::string& file) {
    // libxml2 sets up its dictionary lock and tables on first use, without a lock of its own
    // (2.9): two threads parsing their first document at once each made them, and one set
    // leaked. Done once, before any parse.
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
    if (auto refused = refuse(text, file)) return *refused;
    ErrorSink sink;
    xmlSetStructuredErrorFunc(&sink, collect);
    // No XML_PARSE_NOENT (entities stay unexpanded), no XML_PARSE_DTDLOAD, no network, and not
    // XML_PARSE_HUGE, so libxml2's own limits on depth and sizes stay on.
    const int options = XML_PARSE_NONET;
    xmlDoc* doc =
        xmlReadMemory(text.data(), static_cast<int>(text.size()), file.c_str(), nullptr, options);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    DocPtr owned(doc);
    if (!doc || !sink.message.empty()) {
        return make_error(
            {file, sink.line, sink.column},
            "the file is not well-formed XML: " +
                (sink.message.empty() ? std::string("cannot parse") : plain_words(sink.message)));
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
    // Where each line starts, found once per source text: positions are asked for every
    // paragraph, and a long document must not make that quadratic.
    thread_local const char* indexed = nullptr;
    thread_local size_t indexed_size = 0;
    thread_local std::vector<size_t> starts;
    if (indexed != source.data() || indexed_size != source.size()) {
        starts.assign(1, 0);
        for (size_t i = source.find('\n'); i != std::string::npos; i = source.find('\n', i + 1))
            starts.push_back(i + 1);
        indexed = source.data();
        indexed_size = source.size();
    }
    if (static_cast<size_t>(p.line) > starts.size()) return p;
    const size_t at = starts[static_cast<size_t>(p.line) - 1];
    const size_t end = source.find('\n', at);
    const std::string_view line = std::string_view(source).substr(
        at, end == std::string::npos ? std::string::npos : end - at);
    // Find the element's "<name" on its line for the column (libxml2 keeps only lines).
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
