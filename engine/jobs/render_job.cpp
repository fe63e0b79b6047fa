#include "jobs/render_job.h"

#include <algorithm>
#include <filesystem>

#include "export/exporter.h"
#include "io/atomic_file.h"
#include "jobs/engine.h"
#include "jobs/recipient_copies.h"
#include "layout/dump_layout.h"
#include "register/memo_register.h"

namespace potro {

namespace fs = std::filesystem;

std::vector<Diagnostic> validate_document(const std::string& input, const Source& source,
                                          bool allow_absolute_paths,
                                          const std::optional<std::string>& bytes) {
    Engine engine(source, {allow_absolute_paths});
    const SourceName name{Area::Document, input};
    return bytes ? engine.check(name, *bytes) : engine.check(name);
}

namespace {

// serial="auto": the register gives the document its number (the same one every time).
Status assign_serial(const RenderJob& job, ReadDocument& doc, const Source& source) {
    MemoLine* line = doc.doc().memo_line();
    if (!line || !line->serial_from_register || job.register_path.empty()) return ok_status();
    auto reg = MemoRegister::open(job.register_path);
    if (!reg) return reg.error();
    auto serial = reg.value().assign(
        {{line->memo.file_code(), line->date.year, register_key(doc.doc(), source)}});
    if (!serial) return serial.error();
    line->memo.serial = std::to_string(serial.value().front());
    return ok_status();
}

fs::path output_folder(const RenderJob& job) {
    return job.output_dir.empty() ? fs::path(job.input).parent_path() : fs::path(job.output_dir);
}

// Every file of a render is in memory until all of them are made: nothing is written when one
// copy fails.
Result<std::vector<std::string>> write_outputs(const RenderJob& job,
                                               const std::vector<OutputFile>& outputs) {
    const fs::path dir = output_folder(job);
    if (!job.output_dir.empty()) {
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) {
            return make_error({job.output_dir, 0, 0},
                              "cannot create the output folder: " + ec.message());
        }
    }
    std::vector<std::string> written;
    for (const OutputFile& o : outputs) {
        const std::string out = (dir / o.name).string();
        if (auto st = write_file_atomically(out, o.bytes, {job.temp_dir, true}); !st)
            return st.error();
        written.push_back(out);
    }
    return written;
}

}  // namespace

Result<RenderOutcome> run_render(const RenderJob& job, const Source& source) {
    Engine engine(source, {job.allow_absolute_paths});
    const SourceName name{Area::Document, job.input};
    auto doc = job.input_bytes ? engine.read(name, *job.input_bytes) : engine.read(name);
    if (!doc) return doc.error();
    if (auto st = assign_serial(job, doc.value(), source); !st) return st.error();

    RenderOutcome outcome;
    if (const MemoLine* line = doc.value().doc().memo_line()) outcome.memo = line->memo.render();
    if (job.dump_layout) {
        outcome.warnings = doc.value().warnings;
        auto laid = engine.lay_out(doc.value(), &outcome.warnings);
        if (!laid) return laid.error();
        outcome.pages = laid.value().pages.size();
        outcome.layout_dump = dump_layout(laid.value());
        return outcome;
    }
    RenderRequest request{job.formats.empty() ? default_formats() : job.formats, job.pdfa_part,
                          std::nullopt};
    std::vector<OutputFile> outputs;
    if (job.per_recipient) {
        auto copies = render_recipient_copies(engine, doc.value(), request,
                                              fs::path(job.input).stem().string());
        if (!copies) return copies.error();
        outcome.pages = copies.value().pages;
        outcome.warnings = std::move(copies.value().warnings);
        outputs = std::move(copies.value().files);
    } else {
        auto rendered = engine.render(doc.value(), request);
        if (!rendered) return rendered.error();
        outcome.pages = rendered.value().pages;
        outcome.warnings = std::move(rendered.value().warnings);
        const std::string stem = fs::path(job.input).stem().string();
        for (RenderedFile& f : rendered.value().files)
            outputs.push_back({stem + f.extension, std::move(f.bytes)});
    }
    auto written = write_outputs(job, outputs);
    if (!written) return written.error();
    outcome.written = std::move(written.value());
    return outcome;
}

}  // namespace potro
