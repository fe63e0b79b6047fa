#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "jobs/render_job.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kRenderHelp =
    "usage: potro render FILE.xml [-o DIR] [--pdf] [--docx] [--register FILE] [--per-recipient]\n"
    "                            [--dump-layout]\n"
    "       potro render - --name NAME.xml [-o DIR] ...\n"
    "\n"
    "Makes the document described in FILE.xml (minutes, or any kind potro knows): FILE.pdf\n"
    "and FILE.docx beside it, or in DIR, and prints the files it wrote. With -, the document\n"
    "is read from standard input; --name gives the name its diagnostics and outputs use, and\n"
    "its letterhead and emblem are looked for relative to the current folder.\n"
    "\n"
    "  -o, --output-dir DIR   where to write (default: the input's folder)\n"
    "      --pdf              write the PDF (without --docx: only the PDF)\n"
    "      --docx             write the DOCX (without --pdf: only the DOCX)\n"
    "      --register FILE    the memo register that gives a serial=\"auto\" memo number its\n"
    "                         serial (the document keeps it when rendered again)\n"
    "      --pdfa[=2|3]       an archival PDF: PDF/A-2u, or PDF/A-3u carrying the source XML\n"
    "                         and the letterhead it used (default 2; `potro extract` takes them\n"
    "                         out); --no-pdfa for a plain PDF whatever the template says\n"
    "      --per-recipient    a copy for each entry of the distribution and copy lists,\n"
    "                         their line in bold and a প্রাপক line at the top, named\n"
    "                         FILE-NN-RECIPIENT.pdf/.docx, and FILE-recipients.csv saying\n"
    "                         which file goes to whom; all carry the one memo number\n"
    "      --dump-layout      print the laid-out pages as text instead of writing files\n"
    "      --name NAME.xml    with -: the document's name (default: stdin.xml)\n"
    "      --allow-absolute-paths  let the document name its letterhead and emblem files by\n"
    "                         absolute path (refused by default)\n"
    "      --templates DIR    the templates folder (default: potro's own)\n"
    "  -q, --quiet            print nothing but errors and warnings\n"
    "  -h, --help             this help\n";

constexpr const char* kValidateHelp =
    "usage: potro validate [--allow-absolute-paths] [--templates DIR] FILE.xml...\n"
    "\n"
    "Checks each file against potro's schema and rules (dates, times, memo numbers) and prints\n"
    "every problem as file:line:column: error: message. Exit 0 when all are valid. A FILE of -\n"
    "reads standard input.\n";

enum { kDump = 1000, kName, kPerRecipient };

std::string read_stdin() {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

}  // namespace

int run_render(int argc, char** argv) {
    SourceOptions source;
    FormatOptions formats;
    ArchiveOptions archive;
    RegisterOptions reg;
    RenderJob job;
    bool quiet = false;
    std::string name;
    OptionParser parser("render");
    parser.with(source).with(formats).with(archive).with(reg);
    parser.own("output-dir", true, 'o').own("dump-layout", false, kDump).own("name", true, kName);
    parser.own("per-recipient", false, kPerRecipient);
    parser.own("quiet", false, 'q').own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "o:qh", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case 'o':
                job.output_dir = v;
                return std::nullopt;
            case kDump:
                job.dump_layout = true;
                return std::nullopt;
            case kName:
                name = v;
                return std::nullopt;
            case kPerRecipient:
                job.per_recipient = true;
                return std::nullopt;
            case 'q':
                quiet = true;
                return std::nullopt;
            case 'h':
                std::fputs(kRenderHelp, stdout);
                return kExitOk;
        }
        return usage_error("render", "unknown option");
    });
    if (stop) return *stop;
    if (optind + 1 != argc) return usage_error("render", "give exactly one document file");
    if (job.per_recipient && job.dump_layout)
        return usage_error("render", "--per-recipient writes files; leave out --dump-layout");
    job.input = argv[optind];
    if (job.input == "-") {
        job.input = name.empty() ? "stdin.xml" : name;
        job.input_bytes = read_stdin();
    } else if (!name.empty()) {
        return usage_error("render", "--name goes with - (a document read from standard input)");
    }
    job.formats = formats.formats;
    job.pdfa_part = archive.pdfa_part;
    job.register_path = reg.path;
    job.allow_absolute_paths = source.allow_absolute_paths;
    const auto opened = source.open();
    const Source& files = *opened;
    auto outcome = potro::run_render(job, files);
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().to_string().c_str());
        return kExitFailed;
    }
    for (const auto& w : outcome.value().warnings)
        std::fprintf(stderr, "%s\n", w.to_string().c_str());
    if (job.dump_layout) std::fputs(outcome.value().layout_dump.c_str(), stdout);
    if (!quiet) {
        for (const std::string& f : outcome.value().written) std::printf("%s\n", f.c_str());
    }
    return kExitOk;
}

int run_validate(int argc, char** argv) {
    SourceOptions source;
    OptionParser parser("validate");
    parser.with(source).own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "h", [&](int c, const char*) -> std::optional<int> {
        if (c == 'h') {
            std::fputs(kValidateHelp, stdout);
            return kExitOk;
        }
        return usage_error("validate", "unknown option");
    });
    if (stop) return *stop;
    if (optind >= argc) return usage_error("validate", "give one or more document files");
    const auto opened = source.open();
    const Source& files = *opened;
    int status = kExitOk;
    for (int i = optind; i < argc; ++i) {
        const bool from_stdin = std::string(argv[i]) == "-";
        const std::string input = from_stdin ? "stdin.xml" : argv[i];
        std::optional<std::string> bytes;
        if (from_stdin) bytes = read_stdin();
        for (const auto& d : validate_document(input, files, source.allow_absolute_paths, bytes)) {
            std::fprintf(stderr, "%s\n", d.to_string().c_str());
            if (d.severity == Severity::Error) status = kExitFailed;
        }
    }
    return status;
}

}  // namespace potro::cli
