#include <getopt.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "pdf/extract_sources.h"

namespace potro::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "usage: potro extract FILE.pdf [-o DIR]\n"
    "\n"
    "Takes out the files an archival PDF made with --pdfa=3 carries: the minutes XML and the\n"
    "letterhead and emblem it used, under the names the document uses for them, so that\n"
    "`potro render DIR/FILE.xml` makes the document again.\n"
    "\n"
    "  -o, --output-dir DIR   where to write (default: FILE-source beside the PDF)\n"
    "  -h, --help             this help\n"
    "\n"
    "Exit status: 0 files written, 1 the PDF carries none or cannot be read, 2 usage.\n";

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

int run_extract(int argc, char** argv) {
    static const option options[] = {
        {"output-dir", required_argument, nullptr, 'o'},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    std::string dir;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "o:h", options, nullptr)) != -1) {
        switch (c) {
            case 'o':
                dir = optarg;
                break;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
            default:
                return usage_error("extract", "unknown option");
        }
    }
    if (optind + 1 != argc) return usage_error("extract", "give exactly one PDF");
    const std::string input = argv[optind];
    if (dir.empty()) {
        const fs::path p(input);
        dir = (p.parent_path() / (p.stem().string() + "-source")).string();
    }
    auto files = pdf::carried_files(input);
    if (!files) {
        std::fprintf(stderr, "%s\n", files.error().to_string().c_str());
        return kExitFailed;
    }
    if (files.value().empty()) {
        std::fprintf(stderr,
                     "%s: error: this PDF carries no source files; make it with potro render "
                     "--pdfa=3\n",
                     input.c_str());
        return kExitFailed;
    }
    int status = kExitOk;
    for (const pdf::CarriedFile& f : files.value()) {
        if (!safe_name(f.name)) {
            std::fprintf(stderr, "%s: warning: the carried file \"%s\" would leave %s; skipped\n",
                         input.c_str(), f.name.c_str(), dir.c_str());
            continue;
        }
        const fs::path out = fs::path(dir) / f.name;
        std::error_code ec;
        fs::create_directories(out.parent_path(), ec);
        if (auto st = write_file_atomically(out.string(), f.bytes); !st) {
            std::fprintf(stderr, "%s\n", st.error().to_string().c_str());
            status = kExitFailed;
            continue;
        }
        std::printf("%s\n", out.string().c_str());
    }
    return status;
}

}  // namespace potro::cli
