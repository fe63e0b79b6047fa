// `potro lint FILE... [--fix]`: the slips a careful typist would catch (model/lint.h).
#include <cstdio>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "jobs/lint_job.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro lint FILE... [--fix]\n"
    "\n"
    "Prints the slips a careful typist would catch, as warnings with their positions: the same\n"
    "word twice in a row, hand-typed list letters that skip or repeat ((ক) (খ) (ঘ)), Latin\n"
    "digits among Bangla words where the document writes Bangla digits, invisible or\n"
    "mis-encoded characters, a time's period word that does not fit its hour. `potro validate`\n"
    "prints them too, with the document's errors.\n"
    "\n"
    "      --fix          apply the fixes that are certain (removing invisible characters that\n"
    "                     change nothing), rewriting FILE in place\n"
    "      --templates DIR  the templates folder (default: potro's own)\n"
    "  -h, --help         this help\n"
    "\n"
    "Exit status: 0 read (with or without findings), 1 a file cannot be read, 2 usage.\n";

}  // namespace

int run_lint(int argc, char** argv) {
    enum { kFix = 1000 };
    SourceOptions source;
    bool fix = false;
    OptionParser parser("lint");
    parser.with(source).own("fix", false, kFix).own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "h", [&](int c, const char*) -> std::optional<int> {
        switch (c) {
            case kFix:
                fix = true;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("lint", "unknown option");
    });
    if (stop) return *stop;
    if (optind >= argc) return usage_error("lint", "give one or more document files");
    const auto opened = source.open();
    const Source& files = *opened;
    int status = kExitOk;
    for (int i = optind; i < argc; ++i) {
        const LintOutcome outcome = lint_file(argv[i], files);
        for (const Diagnostic& d : outcome.findings) {
            std::fprintf(stderr, "%s\n", d.to_string().c_str());
            if (d.severity == Severity::Error) status = kExitFailed;
        }
        if (fix && outcome.fixed) {
            if (auto st = write_file_atomically(argv[i], *outcome.fixed); !st) {
                std::fprintf(stderr, "%s\n", st.error().to_string().c_str());
                status = kExitFailed;
                continue;
            }
            std::printf("%s: %d invisible character%s removed\n", argv[i], outcome.fixes,
                        outcome.fixes == 1 ? "" : "s");
        }
    }
    return status;
}

}  // namespace potro::cli
