#include "jobs/engine.h"

#include <algorithm>
#include <tuple>

#include "assembly/block_builder.h"
#include "base/unicode.h"
#include "export/exporter.h"
#include "layout/flow.h"
#include "model/legacy_text.h"
#include "model/lint.h"
#include "model/xml_reader.h"
#include "pdf/export_pdf.h"

namespace potro {

namespace {

// A word cache grows with the vocabulary of everything an Engine has set; past this many
// words it starts again, so a year of documents runs in bounded memory.
constexpr size_t kMaxCachedWords = 20000;

// The pages of one document, laid out the first time an exporter asks.
class DocumentPages final : public PageSource {
  public:
    DocumentPages(const AssembledDocument& doc, const FontSet& fonts, ShapeCache& cache)
        : doc_(doc), fonts_(fonts), cache_(cache) {}

    const LaidOutDocument& pages() override {
        if (!laid_) laid_ = layout_document(doc_, fonts_, &cache_);
        return laid_->document;
    }
    Status stream(const std::function<Status(Page&&)>& sink) override {
        for (Page page : pages().pages) {
            if (auto st = sink(std::move(page)); !st) return st;
        }
        return ok_status();
    }
    bool laid_out() const { return laid_.has_value(); }
    std::vector<Diagnostic>& warnings() { return laid_->warnings; }

  private:
    const AssembledDocument& doc_;
    const FontSet& fonts_;
    ShapeCache& cache_;
    std::optional<FlowResult> laid_;
};

Status check_serial(const Document& doc) {
    const MemoLine* line = doc.memo_line();
    if (line && line->serial_from_register && line->memo.serial.empty()) {
        return make_error(line->pos,
                          "the memo number's serial is to come from a register (serial=\"auto\"); "
                          "render with --register FILE, or give the serial in the document");
    }
    return ok_status();
}

std::string base_name(const std::string& path) {
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Engine::Engine(const Source& source, EngineOptions options) : source_(source), options_(options) {}

Engine::~Engine() = default;

const KindSchema& Engine::schema_for(const DocumentKind& kind) {
    auto& slot = schemas_[kind.name()];
    if (!slot) {
        slot = std::make_unique<KindSchema>(source_, SourceName{Area::Templates, kind.schema()},
                                            kind.reference());
    }
    return *slot;
}

Result<const LoadedTemplate*> Engine::template_named(const DocumentKind& kind,
                                                     const std::string& name) {
    const std::string key = kind.template_folder() + "/" + name;
    if (auto it = templates_.find(key); it != templates_.end()) return it->second.get();
    auto tpl = load_template(source_, kind.template_folder(), name);
    if (!tpl) return tpl.error();
    auto fonts = FontSet::load(tpl.value().fonts, source_);
    if (!fonts) return fonts.error();
    auto loaded = std::make_unique<LoadedTemplate>(
        LoadedTemplate{tpl.value(), std::move(fonts.value()), {tpl.value().file}});
    for (const auto* chain : {&loaded->tpl.fonts.bengali, &loaded->tpl.fonts.latin}) {
        for (const FaceSpec& face : *chain) {
            loaded->files.push_back({Area::Fonts, face.regular});
            if (!face.bold.empty()) loaded->files.push_back({Area::Fonts, face.bold});
        }
    }
    const LoadedTemplate* out = loaded.get();
    templates_.emplace(key, std::move(loaded));
    return out;
}

Result<std::string> Engine::icc_profile() {
    if (!icc_profile_) {
        auto icc = pdf::load_srgb_profile(source_);
        if (!icc) return icc.error();
        icc_profile_ = std::move(icc.value());
    }
    return *icc_profile_;
}

ShapeCache& Engine::shape_cache() {
    if (cache_.size() > kMaxCachedWords) cache_.clear();
    return cache_;
}

// A JSON document is read as the XML made from it; every diagnostic is then moved to the
// JSON's line and column.
Result<ReadDocument> Engine::read_checked(const SourceName& name, std::string bytes,
                                          std::vector<Diagnostic>* all) {
    if (!looks_like_json(bytes)) return read_xml(name, std::move(bytes), all);
    auto converted = json_to_xml(bytes, source_.describe(name));
    if (!converted) {
        if (all) all->push_back(converted.error());
        return converted.error();
    }
    const std::shared_ptr<const JsonPositions> json = converted.value().positions;
    std::vector<Diagnostic> found;
    auto doc = read_xml(name, std::move(converted.value().xml), all ? &found : nullptr);
    for (Diagnostic& d : found) all->push_back(json->located(std::move(d)));
    if (!doc) return json->located(doc.error());
    for (Diagnostic& w : doc.value().warnings) w = json->located(std::move(w));
    doc.value().json = json;
    return doc;
}

Result<ReadDocument> Engine::read_xml(const SourceName& name, std::string bytes,
                                      std::vector<Diagnostic>* all) {
    auto fail = [&](const Diagnostic& d) -> Result<ReadDocument> {
        if (all) all->push_back(d);
        return d;
    };
    const std::string file = source_.describe(name);
    auto tree = xml::parse(bytes, file);
    if (!tree) return fail(tree.error());
    const xmlNode* root = xmlDocGetRootElement(tree.value().get());
    const DocumentKind* kind = find_kind(xml::name(root));
    if (!kind) {
        return fail(make_error(xml::pos(root, file, bytes),
                               "the root element is <" + xml::name(root) +
                                   ">, which is no kind of document potro knows; a document "
                                   "starts with one of: " +
                                   kind_names()));
    }
    ReadDocument doc;
    ReadLog log;
    ReadOptions options{options_.allow_absolute_paths};
    try {
        ElementReader reader(source_, name, bytes, options, log);
        doc.document = kind->read(root, reader);
    } catch (const ReadFailure& f) {
        log.errors.push_back(f.diagnostic);
    }
    for (Diagnostic& d : legacy_text_errors(root, file, bytes)) log.errors.push_back(std::move(d));
    if (!log.errors.empty()) {
        // Every problem reading went on past, in the order of the file; their warnings are
        // left out (a stand-in value may have caused them).
        // The document's own first, then those of the files it names.
        std::stable_sort(log.errors.begin(), log.errors.end(),
                         [&](const Diagnostic& a, const Diagnostic& b) {
                             return std::make_tuple(a.pos.file != file, a.pos.line, a.pos.column) <
                                    std::make_tuple(b.pos.file != file, b.pos.line, b.pos.column);
                         });
        if (all) {
            constexpr size_t kShown = 50;
            const size_t shown = std::min(kShown, log.errors.size());
            all->insert(all->end(), log.errors.begin(),
                        log.errors.begin() + static_cast<long>(shown));
            if (log.errors.size() > shown) {
                all->push_back(
                    make_error({file, 0, 0}, "and " + std::to_string(log.errors.size() - shown) +
                                                 " more errors; mend these first"));
            }
        }
        return log.errors.front();
    }
    std::vector<Diagnostic> schema = schema_for(*kind).validate(tree.value().get(), file, bytes);
    if (!schema.empty()) {
        if (all) all->insert(all->end(), schema.begin(), schema.end());
        return schema.front();
    }
    const std::string& template_name = doc.doc().header().template_name;
    auto loaded = template_named(*kind, template_name);
    if (!loaded) {
        // Said where the document names it, with the names it could have used.
        Diagnostic d = loaded.error();
        if (d.message.rfind("there is no template", 0) == 0) {
            std::string names;
            for (const std::string& f : source_.list({Area::Templates, kind->template_folder()})) {
                if (f.size() > 4 && f.compare(f.size() - 4, 4, ".xml") == 0)
                    names += (names.empty() ? "" : ", ") + f.substr(0, f.size() - 4);
            }
            d = make_error(xml::pos(root, file, bytes), "there is no template \"" + template_name +
                                                            "\"; the templates are: " + names);
        }
        return fail(d);
    }
    doc.loaded = loaded.value();
    doc.bytes = std::move(bytes);
    doc.files = std::move(log.files);
    doc.warnings = std::move(log.warnings);
    if (all) {
        all->insert(all->end(), doc.warnings.begin(), doc.warnings.end());
        // Checking a document also gives the typist's slips (model/lint.h); making it does
        // not repeat them on every render.
        for (Diagnostic& d : lint_document(root, file, doc.bytes)) all->push_back(std::move(d));
    }
    return doc;
}

std::vector<Diagnostic> Engine::check(const SourceName& name) {
    auto bytes = source_.read(name);
    if (!bytes) return {bytes.error()};
    return check(name, bytes.value());
}

std::vector<Diagnostic> Engine::check(const SourceName& name, const std::string& bytes) {
    std::vector<Diagnostic> all;
    (void)read_checked(name, bytes, &all);
    return all;
}

Result<ReadDocument> Engine::read(const SourceName& name) {
    auto bytes = source_.read(name);
    if (!bytes) return bytes.error();
    return read_checked(name, std::move(bytes.value()), nullptr);
}

Result<ReadDocument> Engine::read(const SourceName& name, std::string bytes) {
    return read_checked(name, std::move(bytes), nullptr);
}

Result<LaidOutDocument> Engine::lay_out(const ReadDocument& doc,
                                        std::vector<Diagnostic>* warnings) {
    if (auto st = check_serial(doc.doc()); !st) return st.error();
    FlowResult laid =
        layout_document(doc.doc().assemble(doc.loaded->tpl), doc.loaded->fonts, &shape_cache());
    if (warnings) {
        for (auto& w : laid.warnings) {
            if (w.pos.file.empty()) w.pos.file = doc.doc().header().file;
            warnings->push_back(doc.located(std::move(w)));
        }
    }
    return std::move(laid.document);
}

namespace {

Result<AssembledDocument> assemble(const ReadDocument& doc, std::optional<size_t> copy_for) {
    const Template& tpl = doc.loaded->tpl;
    if (!copy_for) return doc.doc().assemble(tpl);
    const std::vector<RecipientEntry> entries = doc.doc().recipients();
    if (*copy_for >= entries.size()) {
        return make_error({doc.doc().header().file, 0, 0},
                          "the document has " + std::to_string(entries.size()) +
                              " recipients in its distribution and copy lists; there is no "
                              "recipient " +
                              std::to_string(*copy_for + 1));
    }
    AssembledDocument assembled = doc.doc().copy_for(*copy_for)->assemble(tpl);
    BlockBuilder(tpl).copy_for(entries[*copy_for].text, assembled.blocks);
    return assembled;
}

}  // namespace

Result<Rendered> Engine::render(const ReadDocument& doc, const RenderRequest& request) {
    if (auto st = check_serial(doc.doc()); !st) return st.error();
    Rendered out;
    out.warnings = doc.warnings;
    auto assembled_or = assemble(doc, request.copy_for);
    if (!assembled_or) return doc.located(assembled_or.error());
    const AssembledDocument& assembled = assembled_or.value();
    DocumentPages pages(assembled, doc.loaded->fonts, shape_cache());
    ArchiveSettings archive;
    archive.pdfa_part = request.pdfa_part.value_or(doc.loaded->tpl.pdfa_part);
    if (archive.pdfa_part != 0) {
        auto icc = icc_profile();
        if (!icc) return icc.error();
        archive.icc_profile = std::move(icc.value());
        if (archive.pdfa_part == 3) archive.sources = archived_sources(doc);
    }
    const ExportInput input{assembled, doc.loaded->fonts, pages, archive};
    for (const std::string& format : request.formats) {
        auto exporter = exporter_for(format);
        if (!exporter) return exporter.error();
        auto bytes = exporter.value()->write(input);
        if (!bytes) return doc.located(bytes.error());
        out.files.push_back({format, exporter.value()->extension(), std::move(bytes.value())});
    }
    if (pages.laid_out()) {
        out.pages = pages.pages().pages.size();
        for (auto& w : pages.warnings()) {
            if (w.pos.file.empty()) w.pos.file = doc.doc().header().file;
            out.warnings.push_back(doc.located(std::move(w)));
        }
    }
    return out;
}

std::string register_key(const Document& doc, const Source& source) {
    if (!doc.header().id.empty()) return "id:" + doc.header().id;
    return "file:" + source.identity(doc.header().name);
}

std::vector<ArchivedFile> archived_sources(const ReadDocument& doc) {
    const SourceName& name = doc.doc().header().name;
    std::vector<ArchivedFile> out;
    out.push_back({base_name(name.path), "text/xml",
                   utf16_to_utf8(doc.doc().kind().title()) + "র উৎস (potro XML)", "Source",
                   doc.bytes});
    const SourceName folder = name.folder();
    const std::string prefix = folder.path.empty() ? "" : folder.path + "/";
    for (const SourceFile& f : doc.files) {
        std::string path = f.name.path;
        if (f.name.area == Area::Document) {
            const bool inside = prefix.empty() ? path.front() != '/' : path.rfind(prefix, 0) == 0;
            if (inside) {
                path = path.substr(prefix.size());
            } else {
                // A file outside the document's folder keeps only its folder's name.
                const SourceName parent = f.name.folder();
                path = base_name(parent.path) + "/" + base_name(path);
            }
        }
        const bool png = f.bytes.rfind("\x89PNG", 0) == 0;
        const bool xml = path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0;
        out.push_back({path,
                       xml   ? "text/xml"
                       : png ? "image/png"
                             : "image/jpeg",
                       xml ? "letterhead" : "emblem", "Source", f.bytes});
    }
    return out;
}

}  // namespace potro
