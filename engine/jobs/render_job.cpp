#include "jobs/render_job.h"

#include <filesystem>

#include "io/atomic_file.h"
#include "jobs/renderer.h"
#include "register/memo_register.h"

namespace potro {

namespace fs = std::filesystem;

std::vector<Diagnostic> validate_minutes(const std::string& path, const std::string& templates_dir,
                                         bool allow_absolute_paths) {
    Renderer renderer(templates_dir, default_font_dir());
    renderer.allow_absolute_paths(allow_absolute_paths);
    return renderer.check(path);
}

Result<RenderOutcome> run_render(const RenderJob& job) {
    Renderer renderer(job.templates_dir, job.font_dir);
    renderer.allow_absolute_paths(job.allow_absolute_paths);
    auto doc = renderer.read(job.input);
    if (!doc) return doc.error();
    if (auto& issue = doc.value().parsed.minutes.issue;
        issue && issue->serial_from_register && !job.register_path.empty()) {
        auto reg = MemoRegister::open(job.register_path);
        if (!reg) return reg.error();
        auto serial = reg.value().assign({{issue->memo.file_code(), issue->date.year,
                                           register_key(doc.value().parsed.minutes)}});
        if (!serial) return serial.error();
        issue->memo.serial = std::to_string(serial.value().front());
    }
    auto rendered = renderer.render(
        doc.value(), RenderRequest{job.pdf, job.docx, job.dump_layout, job.pdfa_part});
    if (!rendered) return rendered.error();

    RenderOutcome outcome;
    outcome.pages = rendered.value().pages;
    outcome.warnings = std::move(rendered.value().warnings);
    if (job.dump_layout) {
        outcome.layout_dump = std::move(rendered.value().layout_dump);
        return outcome;
    }
    const fs::path dir =
        job.output_dir.empty() ? fs::path(job.input).parent_path() : fs::path(job.output_dir);
    const std::string stem = fs::path(job.input).stem().string();
    if (!job.output_dir.empty()) {
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) {
            return make_error({job.output_dir, 0, 0},
                              "cannot create the output folder: " + ec.message());
        }
    }
    if (job.pdf) {
        const std::string out = (dir / (stem + ".pdf")).string();
        if (auto st = write_file_atomically(out, rendered.value().pdf); !st) return st.error();
        outcome.written.push_back(out);
    }
    if (job.docx) {
        const std::string out = (dir / (stem + ".docx")).string();
        if (auto st = write_file_atomically(out, rendered.value().docx); !st) return st.error();
        outcome.written.push_back(out);
    }
    return outcome;
}

}  // namespace potro
