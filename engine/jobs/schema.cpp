#include "jobs/schema.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlversion.h>

#include <mutex>

namespace potro {

namespace {

// potro's schemas include one level (common.rng); a little more is allowed, a loop is not.
constexpr int kMaxIncludeDepth = 4;

using xml::DocPtr;

bool is_rng(const xmlNode* n, const char* name) {
    return n->type == XML_ELEMENT_NODE && xml::name(n) == name && n->ns && n->ns->href &&
           std::string(reinterpret_cast<const char*>(n->ns->href)) ==
               "http://relaxng.org/ns/structure/1.0";
}

// Reads a grammar and puts the definitions of every grammar it includes in place of the
// include. potro's schemas never override an included definition, so that is the whole of
// RELAX NG's include for them; an include with overrides is refused rather than misread.
Result<DocPtr> read_grammar(const Source& source, const SourceName& name, int depth) {
    if (depth > kMaxIncludeDepth)
        return make_error({source.describe(name), 0, 0}, "schema includes nest too deep");
    auto bytes = source.read(name);
    if (!bytes) return bytes.error();
    DocPtr doc(xmlReadMemory(bytes.value().data(), static_cast<int>(bytes.value().size()), nullptr,
                             nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root || !is_rng(root, "grammar"))
        return make_error({source.describe(name), 0, 0}, "not a RELAX NG grammar");
    for (xmlNode* c = root->children; c;) {
        xmlNode* next = c->next;
        if (is_rng(c, "include")) {
            if (!xml::children(c).empty())
                return make_error({source.describe(name), c->line, 0},
                                  "an include that overrides definitions is not supported");
            auto included =
                read_grammar(source, name.folder().join(xml::attr(c, "href")), depth + 1);
            if (!included) return included.error();
            xmlNode* inc_root = xmlDocGetRootElement(included.value().get());
            for (xmlNode* d = inc_root->children; d; d = d->next) {
                if (d->type != XML_ELEMENT_NODE) continue;
                xmlAddPrevSibling(c, xmlDocCopyNode(d, doc.get(), 1));
            }
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        }
        c = next;
    }
    return doc;
}

struct SchemaErrors {
    std::string file;
    const std::string* text = nullptr;
    std::string docs_page;
    std::vector<Diagnostic> out;
};

void collect_schema_error(void* user, xmlErrorPtr e) {
    auto* s = static_cast<SchemaErrors*>(user);
    if (!e) return;
    std::string msg = e->message ? e->message : "does not match the schema";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    SourcePos pos{s->file, e->line, 0};
    if (e->node) pos = xml::pos(static_cast<xmlNode*>(e->node), s->file, *s->text);
    s->out.push_back(make_error(pos, msg + " (see " + s->docs_page + ")"));
}

void ignore_error(void*, xmlErrorPtr) {}

// libxml2 before 2.12 fills two global tables lazily and without a lock: RelaxNG's datatype
// libraries the first time a schema is compiled, and XML Schema's built-in types the first time
// a datatype (xsd:date, xsd:integer) is checked. Two workers doing either first at once each
// made a table and one was lost (LeakSanitizer saw both in bulk export, the second only under
// load). Done once, before any of them; from 2.12 on xmlInitParser does both.
void init_relaxng_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
#if LIBXML_VERSION < 21200
        xmlRelaxNGInitTypes();
        xmlSchemaInitTypes();
#endif
    });
}

}  // namespace

KindSchema::KindSchema(const Source& source, const SourceName& name, std::string docs_page)
    : file_(source.describe(name)), docs_page_(std::move(docs_page)) {
    init_relaxng_once();
    auto grammar = read_grammar(source, name, 0);
    if (!grammar) {
        problem_ = grammar.error().message;
        return;
    }
    xmlRelaxNGParserCtxtPtr pctx = xmlRelaxNGNewDocParserCtxt(grammar.value().get());
    if (!pctx) return;
    xmlRelaxNGSetParserStructuredErrors(pctx, ignore_error, nullptr);
    compiled_ = xmlRelaxNGParse(pctx);
    xmlRelaxNGFreeParserCtxt(pctx);
    if (!compiled_) problem_ = "the schema does not compile";
}

KindSchema::~KindSchema() {
    if (compiled_) xmlRelaxNGFree(compiled_);
}

std::vector<Diagnostic> KindSchema::validate(xmlDoc* doc, const std::string& path,
                                             const std::string& text) const {
    if (!compiled_) {
        return {make_error({file_, 0, 0},
                           "cannot read potro's schema (" + problem_ + "); reinstall potro")};
    }
    SchemaErrors errors{path, &text, docs_page_, {}};
    xmlRelaxNGValidCtxtPtr vctx = xmlRelaxNGNewValidCtxt(compiled_);
    xmlRelaxNGSetValidStructuredErrors(vctx, collect_schema_error, &errors);
    const int rc = xmlRelaxNGValidateDoc(vctx, doc);
    xmlRelaxNGFreeValidCtxt(vctx);
    if (rc != 0 && errors.out.empty()) {
        errors.out.push_back(
            make_error({path, 0, 0}, "the document does not match potro's schema"));
    }
    return errors.out;
}

}  // namespace potro
