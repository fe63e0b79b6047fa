#include "model/element_path.h"

#include <vector>

#include "model/json_document.h"
#include "model/xml_reader.h"

namespace potro {

namespace {

// The step of `n` in its parent: its name, and its place among same-named siblings when it
// has any.
std::string step(const xmlNode* n) {
    const std::string name = xml::name(n);
    if (!n->parent || n->parent->type != XML_ELEMENT_NODE) return "/" + name;
    size_t index = 0, same = 0;
    for (const xmlNode* s : xml::children(n->parent)) {
        if (xml::name(s) != name) continue;
        ++same;
        if (s == n) index = same;
    }
    return same > 1 ? "/" + name + "[" + std::to_string(index) + "]" : "/" + name;
}

std::string path_of(const xmlNode* n) {
    std::vector<const xmlNode*> chain;
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) chain.push_back(n);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) out += step(*it);
    return out;
}

// The last element in document order that starts at or before the position.
void find(const xmlNode* n, const std::string& text, int line, int column, const xmlNode** best) {
    for (const xmlNode* c : xml::children(n)) {
        const SourcePos p = xml::pos(c, "", text);
        if (p.line > line || (p.line == line && p.column > column)) return;
        *best = c;
        find(c, text, line, column, best);
    }
}

}  // namespace

struct ElementPaths::Impl {
    std::string text;  // the XML
    xml::DocPtr doc;
    std::shared_ptr<const JsonPositions> json;
};

ElementPaths::ElementPaths(const std::string& text) : impl_(std::make_unique<Impl>()) {
    impl_->text = text;
    if (looks_like_json(text)) {
        auto converted = json_to_xml(text, "");
        if (!converted) return;
        impl_->text = std::move(converted.value().xml);
        impl_->json = converted.value().positions;
    }
    if (auto doc = xml::parse(impl_->text, "")) impl_->doc = std::move(doc.value());
}

ElementPaths::~ElementPaths() = default;

std::string ElementPaths::at(int line, int column) const {
    if (!impl_->doc || line <= 0) return "";
    if (impl_->json) {
        // The element written at that place of the JSON: the first on its line of the XML.
        line = impl_->json->xml_line_of({"", line, column});
        if (line <= 0) return "";
        size_t start = 0;
        for (int l = 1; l < line && start != std::string::npos; ++l)
            start = impl_->text.find('\n', start) + 1;
        column = 1;
        while (start < impl_->text.size() && impl_->text[start++] == ' ') ++column;
    }
    const xmlNode* root = xmlDocGetRootElement(impl_->doc.get());
    if (!root) return "";
    const std::string& text = impl_->text;
    const SourcePos p = xml::pos(root, "", text);
    if (line < p.line || (line == p.line && column != 0 && column < p.column)) return "";
    const xmlNode* best = root;
    find(root, text, line, column == 0 ? 1 << 30 : column, &best);
    return path_of(best);
}

}  // namespace potro
