#include "jobs/renderer.h"

#include <libxml/relaxng.h>

#include <algorithm>
#include <filesystem>

#include "assembly/assemble_minutes.h"
#include "docx/package.h"
#include "io/atomic_file.h"
#include "layout/dump_layout.h"
#include "layout/flow.h"
#include "model/xml_reader.h"
#include "pdf/export_pdf.h"

namespace potro {

namespace fs = std::filesystem;

namespace {

// A word cache grows with the vocabulary of everything a Renderer has set; past this many
// words it starts again, so a year of documents runs in bounded memory.
constexpr size_t kMaxCachedWords = 20000;

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

}  // namespace

// potro's RelaxNG schema, compiled once per Renderer; each validation gets its own context.
struct Renderer::Schema {
    std::string file;
    xmlRelaxNGPtr compiled = nullptr;
    ~Schema() {
        if (compiled) xmlRelaxNGFree(compiled);
    }

    static std::unique_ptr<Schema> load(const std::string& templates_dir) {
        auto s = std::make_unique<Schema>();
        s->file = templates_dir + "/minutes.rng";
        xmlRelaxNGParserCtxtPtr pctx = xmlRelaxNGNewParserCtxt(s->file.c_str());
        if (pctx) {
            s->compiled = xmlRelaxNGParse(pctx);
            xmlRelaxNGFreeParserCtxt(pctx);
        }
        return s;
    }

    std::vector<Diagnostic> validate(xmlDoc* doc, const std::string& path,
                                     const std::string& source) const {
        if (!compiled) {
            return {make_error({file, 0, 0}, "cannot read potro's schema; reinstall potro")};
        }
        SchemaErrors errors{path, &source, {}};
        xmlRelaxNGValidCtxtPtr vctx = xmlRelaxNGNewValidCtxt(compiled);
        xmlRelaxNGSetValidStructuredErrors(vctx, collect_schema_error, &errors);
        const int rc = xmlRelaxNGValidateDoc(vctx, doc);
        xmlRelaxNGFreeValidCtxt(vctx);
        if (rc != 0 && errors.out.empty()) {
            errors.out.push_back(
                make_error({path, 0, 0}, "the document does not match potro's schema"));
        }
        return errors.out;
    }
};

Renderer::Renderer(std::string templates_dir, std::string font_dir)
    : templates_dir_(std::move(templates_dir)),
      font_dir_(std::move(font_dir)),
      schema_(Schema::load(templates_dir_)) {}

Renderer::~Renderer() = default;

Result<const LoadedTemplate*> Renderer::template_named(const std::string& name) {
    if (auto it = templates_.find(name); it != templates_.end()) return it->second.get();
    auto tpl = load_template(templates_dir_, name, font_dir_);
    if (!tpl) return tpl.error();
    auto fonts = FontSet::load(tpl.value().fonts);
    if (!fonts) return fonts.error();
    auto loaded = std::make_unique<LoadedTemplate>(LoadedTemplate{
        tpl.value(), std::move(fonts.value()), templates_dir_ + "/minutes/" + name + ".xml", {}});
    for (const auto* chain : {&loaded->tpl.fonts.bengali, &loaded->tpl.fonts.latin}) {
        for (const FaceSpec& face : *chain) {
            loaded->font_files.push_back(face.regular);
            if (!face.bold.empty()) loaded->font_files.push_back(face.bold);
        }
    }
    const LoadedTemplate* out = loaded.get();
    templates_.emplace(name, std::move(loaded));
    return out;
}

Result<ReadMinutes> Renderer::read_checked(const std::string& path, std::vector<Diagnostic>* all) {
    auto fail = [&](const Diagnostic& d) -> Result<ReadMinutes> {
        if (all) all->push_back(d);
        return d;
    };
    auto bytes = read_file(path);
    if (!bytes) return fail(bytes.error());
    auto tree = xml::parse(bytes.value(), path);
    if (!tree) return fail(tree.error());
    auto parsed = parse_minutes_tree(tree.value().get(), bytes.value(), path,
                                     {templates_dir_, allow_absolute_});
    if (!parsed) return fail(parsed.error());
    std::vector<Diagnostic> schema = schema_->validate(tree.value().get(), path, bytes.value());
    if (!schema.empty()) {
        if (all) all->insert(all->end(), schema.begin(), schema.end());
        return schema.front();
    }
    auto loaded = template_named(parsed.value().minutes.template_name);
    if (!loaded) {
        // Said where the document names it, with the names it could have used.
        Diagnostic d = loaded.error();
        if (d.message.rfind("there is no template", 0) == 0) {
            std::string names;
            std::error_code ec;
            std::vector<std::string> found;
            for (const auto& e : fs::directory_iterator(templates_dir_ + "/minutes", ec))
                if (e.path().extension() == ".xml") found.push_back(e.path().stem().string());
            std::sort(found.begin(), found.end());
            for (const auto& n : found) names += (names.empty() ? "" : ", ") + n;
            d = make_error(xml::pos(xmlDocGetRootElement(tree.value().get()), path, bytes.value()),
                           "there is no template \"" + parsed.value().minutes.template_name +
                               "\"; the templates are: " + names);
        }
        return fail(d);
    }
    ReadMinutes doc{std::move(parsed.value()), std::move(bytes.value()), loaded.value(), {}};
    doc.depends_on = doc.parsed.sources;
    doc.depends_on.push_back(doc.loaded->file);
    doc.depends_on.insert(doc.depends_on.end(), doc.loaded->font_files.begin(),
                          doc.loaded->font_files.end());
    if (all) all->insert(all->end(), doc.parsed.warnings.begin(), doc.parsed.warnings.end());
    return doc;
}

std::vector<Diagnostic> Renderer::check(const std::string& path) {
    std::vector<Diagnostic> all;
    (void)read_checked(path, &all);
    return all;
}

Result<ReadMinutes> Renderer::read(const std::string& path) {
    return read_checked(path, nullptr);
}

namespace {

Status check_serial(const Minutes& minutes) {
    if (minutes.issue && minutes.issue->serial_from_register &&
        minutes.issue->memo.serial.empty()) {
        return make_error(minutes.issue->pos,
                          "the memo number's serial is to come from a register (serial=\"auto\"); "
                          "render with --register FILE, or give the serial in the document");
    }
    return ok_status();
}

// What a PDF/A-3 carries to make the document again: the minutes file and the files it
// names, each under the path the document uses for it.
std::vector<pdf::EmbeddedFileSpec> source_files(const ReadMinutes& doc) {
    const fs::path file(doc.parsed.minutes.file);
    std::vector<pdf::EmbeddedFileSpec> out;
    out.push_back({file.filename().string(), "text/xml", "সভার কার্যবিবরণীর উৎস (potro XML)",
                   "Source", doc.source});
    const fs::path folder = fs::weakly_canonical(fs::absolute(file.parent_path()));
    for (const std::string& path : doc.parsed.sources) {
        auto bytes = read_file(path);
        if (!bytes) continue;
        const fs::path real = fs::weakly_canonical(fs::absolute(path));
        std::string name = real.lexically_relative(folder).generic_string();
        if (name.empty() || name.rfind("..", 0) == 0) {
            // A letterhead or emblem from the templates folder keeps its path from there.
            name = real.parent_path().filename().string() + "/" + real.filename().string();
        }
        const bool png = bytes.value().rfind("\x89PNG", 0) == 0;
        const bool xml = real.extension() == ".xml";
        out.push_back({name,
                       xml   ? "text/xml"
                       : png ? "image/png"
                             : "image/jpeg",
                       xml ? "letterhead" : "emblem", "Source", std::move(bytes.value())});
    }
    return out;
}

}  // namespace

FlowResult Renderer::flow(const AssembledDocument& assembled, const ReadMinutes& doc) {
    if (cache_.size() > kMaxCachedWords) cache_.clear();
    return layout_document(assembled, doc.loaded->fonts, &cache_);
}

Result<LaidOutDocument> Renderer::lay_out(const ReadMinutes& doc) {
    if (auto st = check_serial(doc.parsed.minutes); !st) return st.error();
    return std::move(flow(assemble_minutes(doc.parsed.minutes, doc.loaded->tpl), doc).document);
}

Result<RenderedMinutes> Renderer::render(const ReadMinutes& doc, const RenderRequest& request) {
    const Minutes& minutes = doc.parsed.minutes;
    if (auto st = check_serial(minutes); !st) return st.error();
    RenderedMinutes out;
    out.warnings = doc.parsed.warnings;
    const AssembledDocument assembled = assemble_minutes(minutes, doc.loaded->tpl);
    FlowResult laid = flow(assembled, doc);
    out.pages = laid.document.pages.size();
    for (auto& w : laid.warnings) {
        if (w.pos.file.empty()) w.pos.file = minutes.file;
        out.warnings.push_back(std::move(w));
    }
    if (request.dump_layout) {
        out.layout_dump = dump_layout(laid.document);
        return out;
    }
    if (request.pdf) {
        pdf::PdfOptions options;
        const int part = request.pdfa_part.value_or(doc.loaded->tpl.pdfa_part);
        if (part != 0) {
            options.pdfa = part == 3 ? pdf::PdfA::Part3U : pdf::PdfA::Part2U;
            if (!icc_profile_) {
                auto icc = pdf::load_srgb_profile();
                if (!icc) return icc.error();
                icc_profile_ = std::move(icc.value());
            }
            options.icc_profile = *icc_profile_;
            if (part == 3) options.attachments = source_files(doc);
        }
        auto pdf = pdf::export_pdf(laid.document, options);
        if (!pdf) return pdf.error();
        out.pdf = std::move(pdf.value());
    }
    if (request.docx) {
        // The DOCX names the same faces; Word and LibreOffice lay the text out themselves.
        const FontSet& fonts = doc.loaded->fonts;
        docx::DocxOptions options;
        options.bengali_font =
            fonts.primary(ScriptClass::Bengali, Weight::Regular).font->metrics().family_name;
        options.latin_font =
            fonts.primary(ScriptClass::Latin, Weight::Regular).font->metrics().family_name;
        auto package = docx::export_docx(assembled, options);
        if (!package) return package.error();
        out.docx = std::move(package.value());
    }
    return out;
}

std::string register_key(const Minutes& minutes) {
    if (!minutes.id.empty()) return "id:" + minutes.id;
    std::error_code ec;
    const fs::path abs = fs::weakly_canonical(fs::absolute(minutes.file), ec);
    return "file:" + (ec ? minutes.file : abs.string());
}

}  // namespace potro
