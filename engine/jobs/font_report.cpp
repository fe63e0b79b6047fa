#include "jobs/font_report.h"

#include "jobs/engine.h"
#include "text/font.h"

namespace potro {

namespace {

ChainReport chain_report(const char* script, const std::vector<FaceSpec>& chain,
                         const Source& source) {
    ChainReport out{script, {}};
    for (size_t i = 0; i < chain.size(); ++i) {
        const FaceSpec& f = chain[i];
        for (const std::string* file : {&f.regular, &f.bold}) {
            if (file->empty()) continue;
            const SourceName name{Area::Fonts, *file};
            auto font = FontRegistry::shared().get(source, name);
            out.faces.push_back({i + 1, file == &f.bold, source.describe(name),
                                 font ? font.value()->metrics().family_name : std::string(),
                                 f.scale, f.baseline_shift});
        }
    }
    return out;
}

}  // namespace

Result<FontReport> font_report(const FontReportRequest& request, const Source& source) {
    Engine engine(source);
    std::optional<ReadDocument> doc;
    const DocumentKind* kind = find_kind(request.kind);
    std::string tpl_name = request.template_name;
    if (request.document) {
        auto read = engine.read({Area::Document, *request.document});
        if (!read) return read.error();
        doc = std::move(read.value());
        kind = &doc->doc().kind();
        if (tpl_name.empty()) tpl_name = doc->doc().header().template_name;
    }
    if (!kind) {
        return make_error({}, "no kind of document is called \"" + request.kind +
                                  "\"; potro knows: " + kind_names());
    }
    if (tpl_name.empty()) tpl_name = "standard";
    auto loaded = engine.template_named(*kind, tpl_name);
    if (!loaded) return loaded.error();
    FontReport report;
    report.template_name = tpl_name;
    report.template_file = source.describe(loaded.value()->tpl.file);
    report.chains.push_back(chain_report("bengali", loaded.value()->tpl.fonts.bengali, source));
    report.chains.push_back(chain_report("latin", loaded.value()->tpl.fonts.latin, source));
    if (!doc) return report;
    doc->loaded = loaded.value();
    // Laying the document out is what finds every character no face has.
    std::vector<Diagnostic> warnings;
    auto laid = engine.lay_out(*doc, &warnings);
    if (!laid) return laid.error();
    for (Diagnostic& d : warnings) {
        if (d.code == DiagnosticCode::UncoveredCharacter) report.uncovered.push_back(std::move(d));
    }
    return report;
}

}  // namespace potro
