// potro: official Bangla minutes as PDF. This file only dispatches to the subcommands.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "commands.h"

namespace {

constexpr const char* kUsage =
    "usage: potro COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  render FILE.xml [-o DIR]      make the minutes described in FILE.xml as a PDF\n"
    "  validate FILE.xml...          check minutes files and report every problem\n"
    "  typeset TEXT.txt -o OUT.pdf   set a UTF-8 text file (paragraphs separated by blank\n"
    "                                lines) on A4 pages as a PDF\n"
    "  shape [--font FILE] TEXT      print the glyphs HarfBuzz gives for TEXT, as hb-shape\n"
    "                                --no-glyph-names prints them\n"
    "\n"
    "options:\n"
    "  -h, --help      this help; `potro COMMAND --help` for a command's options\n"
    "  --version       print the version\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace potro::cli;
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
    std::fprintf(stderr, "potro: unknown command '%s'\n\n%s", argv[1], kUsage);
    return kExitUsage;
}
