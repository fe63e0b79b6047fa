#include <cstdio>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "jobs/font_report.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro fonts [FILE.xml] [--template NAME] [--kind KIND]\n"
    "\n"
    "Prints the fonts a template resolves to, chain by chain (Bangla, then Latin), each face's\n"
    "file, family and size factor. With FILE.xml: that document's template, and every\n"
    "character of the document that no font covers.\n"
    "\n"
    "      --template NAME   the template to show (default: standard, or the document's)\n"
    "      --kind KIND       without FILE.xml: the kind whose template it is (default: minutes)\n"
    "      --templates DIR   the templates folder (default: potro's own)\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 all characters covered, 1 some are not (or the document has errors).\n";

enum { kTemplate = 1000, kKind };

void print_report(const FontReport& report) {
    std::printf("template %s (%s)\n", report.template_name.c_str(), report.template_file.c_str());
    for (const ChainReport& chain : report.chains) {
        std::printf("%s:\n", chain.script.c_str());
        for (const FaceReport& f : chain.faces) {
            std::printf("  %zu. %-7s %s  [%s]  scale %.2f  baseline %+.2f em\n", f.position,
                        f.bold ? "bold" : "regular", f.file.c_str(),
                        f.family.empty() ? "(unreadable)" : f.family.c_str(), f.scale,
                        f.baseline_shift);
        }
    }
}

}  // namespace

int run_fonts(int argc, char** argv) {
    SourceOptions source;
    FontReportRequest request;
    OptionParser parser("fonts");
    parser.with(source).own("template", true, kTemplate).own("kind", true, kKind);
    parser.own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case kTemplate:
                request.template_name = v;
                return std::nullopt;
            case kKind:
                request.kind = v;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("fonts", "unknown option");
    });
    if (stop) return *stop;
    if (optind + 1 < argc) return usage_error("fonts", "give at most one document file");
    if (optind < argc) request.document = argv[optind];
    const auto opened = source.open();
    const Source& files = *opened;
    auto report = font_report(request, files);
    if (!report) {
        std::fprintf(stderr, "%s\n", report.error().to_string().c_str());
        return kExitFailed;
    }
    print_report(report.value());
    if (!request.document) return kExitOk;
    for (const Diagnostic& d : report.value().uncovered)
        std::fprintf(stderr, "%s\n", d.to_string().c_str());
    if (report.value().uncovered.empty()) {
        std::printf("coverage: every character of %s is covered\n", argv[optind]);
        return kExitOk;
    }
    std::printf("coverage: %zu characters of %s have no font\n", report.value().uncovered.size(),
                argv[optind]);
    return kExitFailed;
}

}  // namespace potro::cli
