#include "jobs/render_job.h"

#include <libxml/relaxng.h>

#include <filesystem>

#include "assembly/assemble_minutes.h"
#include "assembly/template.h"
#include "docx/package.h"
#include "io/atomic_file.h"
#include "layout/dump_layout.h"
#include "layout/flow.h"
#include "model/parse_minutes.h"
#include "model/xml_reader.h"
#include "pdf/export_pdf.h"

namespace potro {

namespace fs = std::filesystem;

namespace {

struct SchemaErrors {
    std::string file;
    const std::string* source = nullptr;
    std::vector<Diagnostic> out;
};

void collect_schema_error(void* user, xmlErrorPtr e) {
    auto* s = static_cast<SchemaErrors*>(user);
    if (!e) return;
    std::string msg = e->message ? e->message : "does not match the schema";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    SourcePos pos{s->file, e->line, 0};
    if (e->node) pos = xml::pos(static_cast<xmlNode*>(e->node), s->file, *s->source);
    s->out.push_back(make_error(pos, msg + " (see docs/minutes-xml.md)"));
}

// Every schema violation in the document (empty when it is valid).
std::vector<Diagnostic> check_schema(const std::string& path, const std::string& source,
                                     const std::string& templates_dir) {
    auto doc = xml::parse(source, path);
    if (!doc) return {doc.error()};
    const std::string rng = templates_dir + "/minutes.rng";
    xmlRelaxNGParserCtxtPtr pctx = xmlRelaxNGNewParserCtxt(rng.c_str());
    xmlRelaxNGPtr schema = pctx ? xmlRelaxNGParse(pctx) : nullptr;
    if (pctx) xmlRelaxNGFreeParserCtxt(pctx);
    if (!schema) return {make_error({rng, 0, 0}, "cannot read potro's schema; reinstall potro")};
    SchemaErrors errors{path, &source, {}};
    xmlRelaxNGValidCtxtPtr vctx = xmlRelaxNGNewValidCtxt(schema);
    xmlRelaxNGSetValidStructuredErrors(vctx, collect_schema_error, &errors);
    const int rc = xmlRelaxNGValidateDoc(vctx, doc.value().get());
    xmlRelaxNGFreeValidCtxt(vctx);
    xmlRelaxNGFree(schema);
    if (rc != 0 && errors.out.empty()) {
        errors.out.push_back(
            make_error({path, 0, 0}, "the document does not match potro's schema"));
    }
    return errors.out;
}

}  // namespace

std::vector<Diagnostic> validate_minutes(const std::string& path,
                                         const std::string& templates_dir) {
    auto bytes = read_file(path);
    if (!bytes) return {bytes.error()};
    // potro's own reader names the element and says what to do; the schema then catches what
    // the reader lets pass (attribute values, order).
    auto parsed = parse_minutes_text(bytes.value(), path, {templates_dir});
    if (!parsed) return {parsed.error()};
    std::vector<Diagnostic> problems = check_schema(path, bytes.value(), templates_dir);
    if (!problems.empty()) return problems;
    return parsed.value().warnings;
}

Result<RenderOutcome> run_render(const RenderJob& job) {
    auto bytes = read_file(job.input);
    if (!bytes) return bytes.error();
    auto parsed = parse_minutes_text(bytes.value(), job.input, {job.templates_dir});
    if (!parsed) return parsed.error();
    std::vector<Diagnostic> schema = check_schema(job.input, bytes.value(), job.templates_dir);
    if (!schema.empty()) return schema.front();
    const Minutes& minutes = parsed.value().minutes;
    auto tpl = load_template(job.templates_dir, minutes.template_name, job.font_dir);
    if (!tpl) return tpl.error();
    auto fonts = FontSet::load(tpl.value().fonts);
    if (!fonts) return fonts.error();

    RenderOutcome outcome;
    outcome.warnings = parsed.value().warnings;
    const AssembledDocument assembled = assemble_minutes(minutes, tpl.value());
    ShapeCache cache;
    FlowResult laid = layout_document(assembled, fonts.value(), &cache);
    outcome.pages = laid.document.pages.size();
    for (auto& w : laid.warnings) {
        if (w.pos.file.empty()) w.pos.file = job.input;
        outcome.warnings.push_back(std::move(w));
    }
    if (job.dump_layout) {
        outcome.layout_dump = dump_layout(laid.document);
        return outcome;
    }
    const fs::path dir =
        job.output_dir.empty() ? fs::path(job.input).parent_path() : fs::path(job.output_dir);
    const std::string stem = fs::path(job.input).stem().string();
    if (job.pdf) {
        auto pdf = pdf::export_pdf(laid.document);
        if (!pdf) return pdf.error();
        const std::string out = (dir / (stem + ".pdf")).string();
        if (auto st = write_file_atomically(out, pdf.value()); !st) return st.error();
        outcome.written.push_back(out);
    }
    if (job.docx) {
        // The DOCX names the same faces; Word and LibreOffice lay the text out themselves.
        docx::DocxOptions options;
        options.bengali_font = fonts.value()
                                   .primary(ScriptClass::Bengali, Weight::Regular)
                                   .font->metrics()
                                   .family_name;
        options.latin_font =
            fonts.value().primary(ScriptClass::Latin, Weight::Regular).font->metrics().family_name;
        auto package = docx::export_docx(assembled, options);
        if (!package) return package.error();
        const std::string out = (dir / (stem + ".docx")).string();
        if (auto st = write_file_atomically(out, package.value()); !st) return st.error();
        outcome.written.push_back(out);
    }
    return outcome;
}

}  // namespace potro
