#include "model/json_document.h"

#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "base/unicode.h"
#include "base/xml_escape.h"
#include "model/xml_reader.h"

namespace potro {

namespace {

using Json = nlohmann::ordered_json;

// As deep as libxml2 lets an XML document be.
constexpr size_t kMaxDepth = 256;

// Where each value of a JSON text starts, in the order of the text (which is the order a walk
// of the parsed tree visits them), and for a member, where its key starts: nlohmann-json
// parses but keeps no positions, so this small scan over the already-valid text finds them.
// It also refuses nesting deeper than XML may be, and keys given twice (the second would
// silently replace the first).
struct Scan {
    struct Value {
        size_t at;
        size_t key;  // npos: not a member of an object
    };
    std::vector<Value> values;
    std::optional<Diagnostic> error;
};

size_t string_end(const std::string& t, size_t open) {
    size_t i = open + 1;
    while (i < t.size() && t[i] != '"') i += t[i] == '\\' ? 2 : 1;
    return i;
}

Scan scan(const std::string& t, const std::string& file) {
    Scan s;
    struct Frame {
        bool object;
        bool expect_key;
        std::set<std::string> keys;
    };
    std::vector<Frame> stack;
    size_t key = std::string::npos;
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') continue;
        if (c == ',') {
            if (!stack.empty() && stack.back().object) stack.back().expect_key = true;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty()) stack.pop_back();
            continue;
        }
        if (c == '"' && !stack.empty() && stack.back().object && stack.back().expect_key) {
            const size_t end = string_end(t, i);
            const std::string k = t.substr(i, end - i + 1);
            if (!stack.back().keys.insert(k).second) {
                s.error = make_error(position_of(t, i, file),
                                     "the key " + k +
                                         " is given twice in one object; give it "
                                         "once (an element that repeats is an array)");
                return s;
            }
            stack.back().expect_key = false;
            key = i;
            i = end;
            continue;
        }
        s.values.push_back({i, key});
        key = std::string::npos;
        if (c == '{' || c == '[') {
            stack.push_back({c == '{', c == '{', {}});
            if (stack.size() > kMaxDepth) {
                s.error = make_error(position_of(t, i, file),
                                     "the JSON is nested more than " + std::to_string(kMaxDepth) +
                                         " levels deep; no document needs that");
                return s;
            }
        } else if (c == '"') {
            i = string_end(t, i);
        } else {
            while (i + 1 < t.size() &&
                   std::string_view(",}] \n\r\t").find(t[i + 1]) == std::string::npos)
                ++i;
        }
    }
    return s;
}

bool xml_name(const std::string& n) {
    if (n.empty()) return false;
    for (size_t i = 0; i < n.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(n[i]);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool more = (c >= '0' && c <= '9') || c == '-' || c == '.';
        if (!(letter || (i > 0 && more))) return false;
    }
    return true;
}

// Line breaks as references keep the text off the XML's lines, so that each line is one
// element of the JSON.
void escape(std::string& out, std::string_view s, bool attribute) {
    append_xml_escaped(out, s, attribute ? XmlPlace::Attribute : XmlPlace::Content, true);
}

// Writes the XML, one element to a line (an element inside mixed text stays on its parent's
// line), recording for each line where in the JSON its element was written.
class XmlWriter {
  public:
    XmlWriter(const std::string& json, const std::string& file, const Json& root, const Scan& scan)
        : positions_(json), file_(file) {
        size_t index = 0;
        number(root, scan, index);
    }

    Status document(const Json& root) {
        if (!root.is_object() || root.size() != 1 || !xml_name(root.begin().key())) {
            return fail(at(root).at,
                        "a document in JSON is one object whose one key is its root "
                        "element, like {\"minutes\": {…}}");
        }
        out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        lines_.push_back(positions_.at(start_of(root.begin().value()), file_));
        new_line(root.begin().value());
        if (auto st = element(root.begin().key(), root.begin().value(), false); !st) return st;
        out_ += "\n";
        return ok_status();
    }

    std::string take_xml() { return std::move(out_); }
    std::vector<SourcePos> take_lines() { return std::move(lines_); }

  private:
    // Each value of the tree with its place in the text: a walk in the order of the text.
    void number(const Json& j, const Scan& scan, size_t& index) {
        if (index < scan.values.size()) where_[&j] = scan.values[index];
        ++index;
        if (j.is_object() || j.is_array()) {
            for (const Json& c : j) number(c, scan, index);
        }
    }
    Scan::Value at(const Json& j) const {
        auto it = where_.find(&j);
        return it == where_.end() ? Scan::Value{0, std::string::npos} : it->second;
    }
    // A member is where its key is; an item of a list where it starts.
    size_t start_of(const Json& j) const {
        const Scan::Value v = at(j);
        return v.key != std::string::npos ? v.key : v.at;
    }
    Status fail(size_t offset, const std::string& message) const {
        return make_error(positions_.at(offset, file_), message);
    }
    void new_line(const Json& j) {
        out_ += "\n";
        out_.append(2 * depth_, ' ');
        lines_.push_back(positions_.at(start_of(j), file_));
    }

    static bool text_like(const Json& j) {
        return j.is_string() || j.is_number() || j.is_boolean();
    }
    static std::string text_of(const Json& j) {
        return j.is_string() ? j.get<std::string>() : j.dump();
    }

    // The element NAME whose value is `j`, from the current place of the current line.
    Status element(const std::string& name, const Json& j, bool in_text) {
        if (!xml_name(name)) {
            return fail(start_of(j), "\"" + name +
                                         "\" is not an element's name; names are Latin "
                                         "letters, digits, '-', '.' and '_' (an attribute's starts "
                                         "with '@')");
        }
        out_ += "<" + name;
        if (j.is_null()) {
            out_ += "/>";
            return ok_status();
        }
        if (text_like(j)) {
            out_ += ">";
            escape(out_, text_of(j), false);
            out_ += "</" + name + ">";
            return ok_status();
        }
        if (j.is_array()) {
            return fail(at(j).at, "<" + name +
                                      "> is given a list here; elements that repeat are a "
                                      "list under their name in their parent's object: {\"" +
                                      name + "\": [{…}, {…}]}");
        }
        // Attributes first, wherever they stand among the keys.
        bool has_content = false, mixed = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key.empty() || key[0] != '@') {
                has_content = true;
                mixed = mixed || key == "#text";
                if (key == "#content" && it.value().is_array()) {
                    for (const Json& item : it.value()) mixed = mixed || text_like(item);
                }
                continue;
            }
            if (!xml_name(key.substr(1)))
                return fail(start_of(it.value()), "\"" + key + "\" is not an attribute's name");
            if (!text_like(it.value()))
                return fail(at(it.value()).at, "the attribute " + key + " takes text: \"…\"");
            out_ += " " + key.substr(1) + "=\"";
            escape(out_, text_of(it.value()), true);
            out_ += "\"";
        }
        if (!has_content) {
            out_ += "/>";
            return ok_status();
        }
        out_ += ">";
        const bool flow = in_text || mixed;
        ++depth_;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            const Json& value = it.value();
            if (!key.empty() && key[0] == '@') continue;
            if (key == "#text") {
                if (!text_like(value))
                    return fail(at(value).at, "\"#text\" takes the element's text: \"…\"");
                escape(out_, text_of(value), false);
            } else if (key == "#content") {
                if (auto st = content(value, flow); !st) return st;
            } else if (value.is_array()) {
                for (const Json& item : value) {
                    if (item.is_array()) {
                        return fail(at(item).at, "a list inside a list; each item of \"" + key +
                                                     "\" is one <" + key + ">");
                    }
                    if (!flow) new_line(item);
                    if (auto st = element(key, item, flow); !st) return st;
                }
            } else {
                if (!flow) new_line(value);
                if (auto st = element(key, value, flow); !st) return st;
            }
        }
        --depth_;
        if (!flow) new_line(j);
        out_ += "</" + name + ">";
        return ok_status();
    }

    Status content(const Json& items, bool flow) {
        if (!items.is_array()) {
            return fail(at(items).at,
                        "\"#content\" takes a list of text (\"…\") and elements "
                        "({\"b\": \"…\"}), in order");
        }
        for (const Json& item : items) {
            if (text_like(item)) {
                escape(out_, text_of(item), false);
                continue;
            }
            if (!item.is_object() || item.size() != 1) {
                return fail(at(item).at,
                            "an item of \"#content\" is text (\"…\") or one "
                            "element ({\"p\": \"…\"})");
            }
            const Json& value = item.begin().value();
            if (!flow) new_line(value);
            if (auto st = element(item.begin().key(), value, flow); !st) return st;
        }
        return ok_status();
    }

    const Utf8Positions positions_;  // every element asks for its place: lines found once
    const std::string& file_;
    std::unordered_map<const Json*, Scan::Value> where_;
    size_t depth_ = 0;
    std::string out_;
    std::vector<SourcePos> lines_;
};

}  // namespace

Diagnostic JsonPositions::located(Diagnostic d) const {
    if (d.pos.file != file_ || d.pos.line <= 0) return d;
    const size_t line = static_cast<size_t>(d.pos.line);
    if (line > by_xml_line_.size()) {
        d.pos.line = d.pos.column = 0;
        return d;
    }
    d.pos = by_xml_line_[line - 1];
    return d;
}

int JsonPositions::xml_line_of(const SourcePos& pos) const {
    auto before = [](const SourcePos& a, const SourcePos& b) {
        return a.line < b.line || (a.line == b.line && a.column < b.column);
    };
    // The latest place at or before `pos`; of lines from the same place, the first (a closing
    // tag's line has its element's place too).
    int best = 0;
    SourcePos best_pos;
    // Line 1 is the XML declaration, which no diagnostic is about.
    for (size_t i = 1; i < by_xml_line_.size(); ++i) {
        const SourcePos& p = by_xml_line_[i];
        if (before(pos, p)) continue;
        if (best == 0 || before(best_pos, p)) {
            best = static_cast<int>(i + 1);
            best_pos = p;
        }
    }
    return best;
}

bool looks_like_json(std::string_view bytes) {
    for (char c : bytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        return c == '{' || c == '[';
    }
    return false;
}

Result<XmlFromJson> json_to_xml(const std::string& json, const std::string& file) {
    if (json.size() > xml::kMaxXmlBytes) {
        return make_error({file, 0, 0}, "the file is larger than potro reads (" +
                                            std::to_string(xml::kMaxXmlBytes >> 20) + " MB)");
    }
    // Before the parse: the depth (so a deep file cannot exhaust anything) and positions.
    Scan positions = scan(json, file);
    Json tree;
    try {
        tree = Json::parse(json);
    } catch (const Json::parse_error& e) {
        std::string why = e.what();
        const size_t dash = why.find(" - ");
        why = dash == std::string::npos ? "cannot parse" : why.substr(dash + 3);
        const size_t at = e.byte > 0 ? e.byte - 1 : 0;
        return make_error(position_of(json, at, file), "the file is not valid JSON: " + why);
    }
    if (positions.error) return *positions.error;
    XmlWriter writer(json, file, tree, positions);
    if (auto st = writer.document(tree); !st) return st.error();
    XmlFromJson out;
    out.xml = writer.take_xml();
    out.positions = std::make_shared<const JsonPositions>(file, writer.take_lines());
    return out;
}

namespace {

// Runs of white space as one space, as potro reads text.
std::string folded(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (space) out += ' ';
    return out;
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    return s.substr(i);
}

std::string node_text(const xmlNode* n) {
    xmlChar* c = xmlNodeGetContent(n);
    std::string s = c ? reinterpret_cast<const char*>(c) : "";
    xmlFree(c);
    return s;
}

Json value_of(const xmlNode* e) {
    std::vector<const xmlNode*> elements;
    std::vector<std::pair<bool, const xmlNode*>> content;  // (is text, node)
    bool has_text = false;
    for (const xmlNode* c = e->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            elements.push_back(c);
            content.push_back({false, c});
        } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            content.push_back({true, c});
            if (!trimmed(folded(node_text(c))).empty()) has_text = true;
        }
    }
    Json attrs = Json::object();
    for (const xmlAttr* a = e->properties; a; a = a->next) {
        xmlChar* v = xmlNodeListGetString(e->doc, a->children, 1);
        attrs["@" + std::string(reinterpret_cast<const char*>(a->name))] =
            v ? reinterpret_cast<const char*>(v) : "";
        xmlFree(v);
    }
    if (elements.empty()) {
        std::string text;
        for (const auto& [is_text, n] : content) text += node_text(n);
        text = trimmed(folded(text));
        if (attrs.empty()) return text;
        if (!text.empty()) attrs["#text"] = text;
        return attrs;
    }
    Json out = attrs;
    // Children grouped by name (each name's elements together) go under their names; text
    // among them, or a name that comes back after another, needs the order kept.
    bool grouped = !has_text;
    std::set<std::string> seen;
    for (size_t i = 0; grouped && i < elements.size(); ++i) {
        const std::string n = xml::name(elements[i]);
        if (i > 0 && xml::name(elements[i - 1]) == n) continue;
        if (!seen.insert(n).second || n[0] == '#') grouped = false;
    }
    if (grouped) {
        for (size_t i = 0; i < elements.size();) {
            const std::string n = xml::name(elements[i]);
            size_t j = i;
            while (j < elements.size() && xml::name(elements[j]) == n) ++j;
            if (j - i == 1) {
                out[n] = value_of(elements[i]);
            } else {
                Json list = Json::array();
                for (size_t k = i; k < j; ++k) list.push_back(value_of(elements[k]));
                out[n] = std::move(list);
            }
            i = j;
        }
        return out;
    }
    Json items = Json::array();
    for (const auto& [is_text, n] : content) {
        if (!is_text) {
            items.push_back(Json{{xml::name(n), value_of(n)}});
            continue;
        }
        if (!has_text) continue;
        std::string t = folded(node_text(n));
        if (!t.empty()) items.push_back(std::move(t));
    }
    // The text's own ends are not the content's: potro trims a paragraph.
    if (has_text && !items.empty() && items.front().is_string()) {
        std::string t = items.front().get<std::string>();
        t.erase(0, std::min(t.size(), t.find_first_not_of(' ')));
        if (t.empty())
            items.erase(items.begin());
        else
            items.front() = t;
    }
    if (has_text && !items.empty() && items.back().is_string()) {
        std::string t = items.back().get<std::string>();
        while (!t.empty() && t.back() == ' ') t.pop_back();
        if (t.empty())
            items.erase(items.end() - 1);
        else
            items.back() = t;
    }
    out["#content"] = std::move(items);
    return out;
}

}  // namespace

Result<std::string> xml_to_json(const std::string& xml, const std::string& file) {
    auto doc = xml::parse(xml, file);
    if (!doc) return doc.error();
    const xmlNode* root = xmlDocGetRootElement(doc.value().get());
    Json out = Json::object();
    out[xml::name(root)] = value_of(root);
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace potro
