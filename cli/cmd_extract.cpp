#include <cstdio>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "jobs/extract_job.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro extract FILE.pdf [-o DIR]\n"
    "\n"
    "Takes out the files an archival PDF made with --pdfa=3 carries: the document's XML and the\n"
    "letterhead and emblem it used, under the names the document uses for them, so that\n"
    "`potro render DIR/FILE.xml` makes the document again.\n"
    "\n"
    "  -o, --output-dir DIR   where to write (default: FILE-source beside the PDF)\n"
    "  -h, --help             this help\n"
    "\n"
    "Exit status: 0 files written, 1 the PDF carries none or cannot be read, 2 usage.\n";

}  // namespace

int run_extract(int argc, char** argv) {
    ExtractJob job;
    OptionParser parser("extract");
    parser.own("output-dir", true, 'o').own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "o:h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case 'o':
                job.output_dir = v;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("extract", "unknown option");
    });
    if (stop) return *stop;
    if (optind + 1 != argc) return usage_error("extract", "give exactly one PDF");
    job.input = argv[optind];
    const auto opened = SourceOptions{}.open();
    const Source& files = *opened;
    auto outcome = potro::run_extract(job, files);
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().to_string().c_str());
        return kExitFailed;
    }
    for (const Diagnostic& w : outcome.value().warnings)
        std::fprintf(stderr, "%s\n", w.to_string().c_str());
    for (const Diagnostic& e : outcome.value().errors)
        std::fprintf(stderr, "%s\n", e.to_string().c_str());
    for (const std::string& f : outcome.value().written) std::printf("%s\n", f.c_str());
    return outcome.value().errors.empty() ? kExitOk : kExitFailed;
}

}  // namespace potro::cli
