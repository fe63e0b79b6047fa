#include "jobs/extract_job.h"

#include <filesystem>

#include "io/atomic_file.h"
#include "pdf/extract_sources.h"

namespace potro {

namespace {

namespace fs = std::filesystem;

// A stored name may not climb out of the folder it is written into.
bool safe_name(const std::string& name) {
    const fs::path p(name);
    if (name.empty() || p.is_absolute()) return false;
    for (const auto& part : p) {
        if (part == ".." || part == ".") return false;
    }
    return true;
}

}  // namespace

Result<ExtractOutcome> run_extract(const ExtractJob& job, const Source& source) {
    const SourceName input{Area::Document, job.input};
    auto pdf = source.read(input);
    if (!pdf) return pdf.error();
    auto files = pdf::carried_files(pdf.value(), job.input);
    if (!files) return files.error();
    if (files.value().empty()) {
        return make_error({job.input, 0, 0},
                          "this PDF carries no source files; make it with potro render --pdfa=3");
    }
    std::string dir = job.output_dir;
    if (dir.empty()) {
        const fs::path p(source.describe(input));
        dir = (p.parent_path() / (p.stem().string() + "-source")).string();
    }
    ExtractOutcome out;
    for (const pdf::CarriedFile& f : files.value()) {
        if (!safe_name(f.name)) {
            out.warnings.push_back(make_warning(
                {job.input, 0, 0},
                "the carried file \"" + f.name + "\" would leave " + dir + "; skipped"));
            continue;
        }
        const fs::path path = fs::path(dir) / f.name;
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (auto st = write_file_atomically(path.string(), f.bytes); !st) {
            out.errors.push_back(st.error());
            continue;
        }
        out.written.push_back(path.string());
    }
    return out;
}

}  // namespace potro
