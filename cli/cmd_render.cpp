#include <getopt.h>

#include <cstdio>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "jobs/render_job.h"
#include "model/parse_minutes.h"
#include "text/font_set.h"

namespace potro::cli {

namespace {

constexpr const char* kRenderHelp =
    "usage: potro render FILE.xml [-o DIR] [--pdf] [--docx] [--register FILE] [--dump-layout]\n"
    "\n"
    "Makes the minutes described in FILE.xml: FILE.pdf and FILE.docx beside it, or in DIR.\n"
    "\n"
    "  -o, --output-dir DIR   where to write (default: the input's folder)\n"
    "      --pdf              write the PDF (without --docx: only the PDF)\n"
    "      --docx             write the DOCX (without --pdf: only the DOCX)\n"
    "      --register FILE    the memo register that gives a serial=\"auto\" memo number its\n"
    "                         serial (the document keeps it when rendered again)\n"
    "      --pdfa[=2|3]       an archival PDF: PDF/A-2u, or PDF/A-3u carrying the source XML\n"
    "                         and the letterhead it used (default 2; `potro extract` takes them\n"
    "                         out); --no-pdfa for a plain PDF whatever the template says\n"
    "      --dump-layout      print the laid-out pages as text instead of writing files\n"
    "      --allow-absolute-paths  let the document name its letterhead and emblem files by\n"
    "                         absolute path (refused by default)\n"
    "      --templates DIR    the templates folder (default: potro's own)\n"
    "  -h, --help             this help\n";

constexpr const char* kValidateHelp =
    "usage: potro validate [--allow-absolute-paths] [--templates DIR] FILE.xml...\n"
    "\n"
    "Checks each file against potro's schema and rules (dates, times, memo numbers) and prints\n"
    "every problem as file:line:column: error: message. Exit 0 when all are valid.\n";

}  // namespace

int run_render(int argc, char** argv) {
    enum { kPdf = 1000, kDocx, kDump, kTemplates, kRegister, kAllowAbsolute, kPdfa, kNoPdfa };
    static const option options[] = {
        {"output-dir", required_argument, nullptr, 'o'},
        {"pdf", no_argument, nullptr, kPdf},
        {"docx", no_argument, nullptr, kDocx},
        {"dump-layout", no_argument, nullptr, kDump},
        {"templates", required_argument, nullptr, kTemplates},
        {"register", required_argument, nullptr, kRegister},
        {"allow-absolute-paths", no_argument, nullptr, kAllowAbsolute},
        {"pdfa", optional_argument, nullptr, kPdfa},
        {"no-pdfa", no_argument, nullptr, kNoPdfa},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    RenderJob job;
    job.templates_dir = default_templates_dir();
    job.font_dir = default_font_dir();
    bool want_pdf = false, want_docx = false;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "o:h", options, nullptr)) != -1) {
        switch (c) {
            case 'o':
                job.output_dir = optarg;
                break;
            case kPdf:
                want_pdf = true;
                break;
            case kDocx:
                want_docx = true;
                break;
            case kDump:
                job.dump_layout = true;
                break;
            case kTemplates:
                job.templates_dir = optarg;
                break;
            case kRegister:
                job.register_path = optarg;
                break;
            case kAllowAbsolute:
                job.allow_absolute_paths = true;
                break;
            case kPdfa:
                if (!parse_pdfa(optarg, &job.pdfa_part))
                    return usage_error("render", "--pdfa takes 2 or 3 (--pdfa=3)");
                break;
            case kNoPdfa:
                job.pdfa_part = 0;
                break;
            case 'h':
                std::fputs(kRenderHelp, stdout);
                return kExitOk;
            default:
                return usage_error("render", "unknown option");
        }
    }
    if (optind + 1 != argc) return usage_error("render", "give exactly one minutes file");
    if (want_pdf || want_docx) {
        job.pdf = want_pdf;
        job.docx = want_docx;
    }
    job.input = argv[optind];
    auto outcome = potro::run_render(job);
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().to_string().c_str());
        return kExitFailed;
    }
    for (const auto& w : outcome.value().warnings)
        std::fprintf(stderr, "%s\n", w.to_string().c_str());
    if (job.dump_layout) std::fputs(outcome.value().layout_dump.c_str(), stdout);
    return kExitOk;
}

int run_validate(int argc, char** argv) {
    static const option options[] = {
        {"allow-absolute-paths", no_argument, nullptr, 'a'},
        {"templates", required_argument, nullptr, 't'},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    bool allow_absolute = false;
    std::string templates = default_templates_dir();
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", options, nullptr)) != -1) {
        switch (c) {
            case 'a':
                allow_absolute = true;
                break;
            case 't':
                templates = optarg;
                break;
            case 'h':
                std::fputs(kValidateHelp, stdout);
                return kExitOk;
            default:
                return usage_error("validate", "unknown option");
        }
    }
    if (optind >= argc) return usage_error("validate", "give one or more minutes files");
    int status = kExitOk;
    for (int i = optind; i < argc; ++i) {
        for (const auto& d : validate_minutes(argv[i], templates, allow_absolute)) {
            std::fprintf(stderr, "%s\n", d.to_string().c_str());
            if (d.severity == Severity::Error) status = kExitFailed;
        }
    }
    return status;
}

}  // namespace potro::cli
