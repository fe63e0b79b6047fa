// The potro command line: the usage text and the dispatch to the subcommands, shared by the
// program (main.cpp) and the command-line fuzz target.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include "commands.h"

namespace {

constexpr const char* kUsage =
    "usage: potro COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  render FILE.xml [-o DIR]      make the document described in FILE.xml as a PDF and a\n"
    "                                DOCX (minutes, letters, orders, notifications, notices)\n"
    "  new KIND [-o FILE]            a skeleton to start from: every element, commented\n"
    "  validate FILE.xml...          check documents and report every problem\n"
    "  lint FILE.xml... [--fix]      the slips a typist would catch: doubled words, skipped\n"
    "                                labels, stray Latin digits, invisible characters\n"
    "  bulk DIR|MANIFEST -o OUTDIR   export many documents at once, in parallel, with an index\n"
    "  serve [--listen HOST:PORT]    the HTTP API for e-filing systems (docs/serve.md)\n"
    "  convert FILE --to json|xml    a document's XML as JSON, or back (docs/json.md)\n"
    "  date YYYY-MM-DD               print the dual date (Bangla and Gregorian) as potro writes "
    "it\n"
    "  fonts [FILE.xml]              the fonts a template resolves to, and coverage gaps\n"
    "  extract FILE.pdf [-o DIR]     the source files an archival PDF (--pdfa=3) carries\n"
    "  sign FILE.pdf --field NAME --p12 CERT.p12 -o OUT.pdf\n"
    "                                sign a signature field (an incremental update)\n"
    "  typeset TEXT.txt -o OUT.pdf   set a UTF-8 text file (paragraphs separated by blank\n"
    "                                lines) on A4 pages as a PDF\n"
    "  shape [--font FILE] TEXT      print the glyphs HarfBuzz gives for TEXT, as hb-shape\n"
    "                                --no-glyph-names prints them\n"
    "\n"
    "options:\n"
    "  -h, --help      this help; `potro COMMAND --help` for a command's options\n"
    "  --version       print the version\n"
    "\n"
    "exit status: 0 done, 1 a document failed (its errors are on stderr as\n"
    "file:line:column: error: message), 2 usage error\n";

}  // namespace

namespace potro::cli {

int dispatch(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const std::string_view cmd = argv[1];
    if (cmd == "--version" || cmd == "-V") {
        std::printf("potro %s\n", POTRO_VERSION);
        return kExitOk;
    }
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (cmd == "typeset") return run_typeset(argc - 1, argv + 1);
    if (cmd == "shape") return run_shape(argc - 1, argv + 1);
    if (cmd == "render") return run_render(argc - 1, argv + 1);
    if (cmd == "validate") return run_validate(argc - 1, argv + 1);
    if (cmd == "bulk") return run_bulk(argc - 1, argv + 1);
    if (cmd == "date") return run_date(argc - 1, argv + 1);
    if (cmd == "fonts") return run_fonts(argc - 1, argv + 1);
    if (cmd == "extract") return run_extract(argc - 1, argv + 1);
    if (cmd == "sign") return run_sign(argc - 1, argv + 1);
    if (cmd == "serve") return run_serve(argc - 1, argv + 1);
    if (cmd == "convert") return run_convert(argc - 1, argv + 1);
    if (cmd == "new") return run_new(argc - 1, argv + 1);
    if (cmd == "lint") return run_lint(argc - 1, argv + 1);
    std::fprintf(stderr, "potro: unknown command '%s'\n\n%s", argv[1], kUsage);
    return kExitUsage;
}

int run_command(int argc, char** argv) {
    // Every command reports its own errors as values; this is the last guard, so that no
    // exception (a library's, or a bug) ends potro with an abort instead of a message.
    try {
        return dispatch(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "potro %s: error: %s (this is a bug in potro; please report it)\n",
                     argc > 1 ? argv[1] : "", e.what());
        return kExitFailed;
    }
}

}  // namespace potro::cli
