// The public Renderer over the engine.
#include "base/unicode.h"
#include "export/exporter.h"
#include "jobs/engine.h"
#include "potro/potro.h"

#ifndef POTRO_VERSION
#define POTRO_VERSION "dev"
#endif

namespace potro {

std::string version() {
    return POTRO_VERSION;
}

struct Renderer::Impl {
    explicit Impl(const Source& s) : source(s) {}
    const Source& source;
    std::unique_ptr<Engine> engine;
    bool allow_absolute = false;

    Engine& engine_for(bool allow_absolute_paths) {
        if (!engine || allow_absolute != allow_absolute_paths) {
            engine = std::make_unique<Engine>(source, EngineOptions{allow_absolute_paths});
            allow_absolute = allow_absolute_paths;
        }
        return *engine;
    }
};

Renderer::Renderer(const Source& source) : impl_(std::make_unique<Impl>(source)) {}
Renderer::~Renderer() = default;

Result<RenderResult> Renderer::render(const std::string& name, const std::string& bytes,
                                      const RenderOptions& options) {
    Engine& engine = impl_->engine_for(options.allow_absolute_paths);
    auto doc = engine.read({Area::Document, name}, bytes);
    if (!doc) return doc.error();
    MemoLine* line = doc.value().doc().memo_line();
    if (line && line->serial_from_register && line->memo.serial.empty() &&
        !options.unassigned_serial.empty())
        line->memo.serial = options.unassigned_serial;
    RenderRequest request{options.formats.empty() ? default_formats() : options.formats,
                          options.pdfa, std::nullopt};
    auto rendered = engine.render(doc.value(), request);
    if (!rendered) return rendered.error();
    RenderResult out;
    out.pages = rendered.value().pages;
    out.warnings = std::move(rendered.value().warnings);
    for (RenderedFile& f : rendered.value().files) {
        out.outputs.push_back(
            {f.format, f.extension, find_exporter(f.format)->media_type(), std::move(f.bytes)});
    }
    return out;
}

std::vector<Diagnostic> Renderer::validate(const std::string& name, const std::string& bytes) {
    return impl_->engine_for(false).check({Area::Document, name}, bytes);
}

std::vector<KindInfo> Renderer::kinds() const {
    std::vector<KindInfo> out;
    for (const DocumentKind* k : document_kinds()) {
        KindInfo info{k->name(), utf16_to_utf8(k->title()), {}};
        for (const std::string& f : impl_->source.list({Area::Templates, k->template_folder()})) {
            if (f.size() > 4 && f.compare(f.size() - 4, 4, ".xml") == 0)
                info.templates.push_back(f.substr(0, f.size() - 4));
        }
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<std::string> Renderer::formats() const {
    std::vector<std::string> out;
    for (const Exporter* e : exporters()) out.push_back(e->format());
    return out;
}

}  // namespace potro
