#include <getopt.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "base/unicode.h"
#include "cli_util.h"
#include "commands.h"
#include "text/font.h"
#include "text/font_set.h"
#include "text/shape_dump.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro shape [options] TEXT\n"
    "       potro shape [options] --file FILE\n"
    "\n"
    "Prints the glyphs of each line as `hb-shape --no-glyph-names` does (glyph id, cluster,\n"
    "offsets, advance), shaped as potro shapes body text: monotone-grapheme clusters\n"
    "(cluster level 0), beginning and end of text, default ignorables removed.\n"
    "\n"
    "  --font FILE       the font (default: the bundled Noto Serif Bengali)\n"
    "  --file FILE       shape each line of a UTF-8 file\n"
    "  --script TAG      ISO 15924 tag (default: guessed from the text, as hb-shape does)\n"
    "  --language LANG   BCP 47 language (default bn)\n"
    "  --no-cache        shape each line whole instead of word by word\n"
    "  -h, --help        this help\n";

}  // namespace

int run_shape(int argc, char** argv) {
    enum { kFont = 1000, kFile, kScript, kLanguage, kNoCache };
    static const option options[] = {
        {"font", required_argument, nullptr, kFont},
        {"file", required_argument, nullptr, kFile},
        {"script", required_argument, nullptr, kScript},
        {"language", required_argument, nullptr, kLanguage},
        {"no-cache", no_argument, nullptr, kNoCache},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    std::string font_path = default_font_dir() + "/NotoSerifBengali-Regular.ttf";
    std::string file;
    std::string script;
    std::string language = "bn";
    bool use_cache = true;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", options, nullptr)) != -1) {
        switch (c) {
            case kFont:
                font_path = optarg;
                break;
            case kFile:
                file = optarg;
                break;
            case kScript:
                script = optarg;
                break;
            case kLanguage:
                language = optarg;
                break;
            case kNoCache:
                use_cache = false;
                break;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
            default:
                return usage_error("shape", "unknown option");
        }
    }
    std::vector<std::string> lines;
    std::string source = file.empty() ? "<argument>" : file;
    if (!file.empty()) {
        if (optind != argc) return usage_error("shape", "give either TEXT or --file, not both");
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: error: cannot open the file\n", file.c_str());
            return kExitFailed;
        }
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            lines.push_back(line);
        }
    } else {
        if (optind + 1 != argc)
            return usage_error("shape", "give the text to shape as one argument");
        lines.emplace_back(argv[optind]);
    }
    auto font = FontRegistry::shared().get(font_path);
    if (!font) {
        std::fprintf(stderr, "%s\n", font.error().to_string().c_str());
        return kExitFailed;
    }
    ShapeCache cache;
    for (size_t i = 0; i < lines.size(); ++i) {
        auto text = utf8_to_utf16(lines[i], source);
        if (!text) {
            Diagnostic d = text.error();
            d.pos.line = static_cast<int>(i + 1);
            std::fprintf(stderr, "%s\n", d.to_string().c_str());
            return kExitFailed;
        }
        ShapeOptions opts;
        opts.language = language;
        opts.script = script.empty()
                          ? guess_script(text.value())
                          : hb_script_from_string(script.c_str(), static_cast<int>(script.size()));
        std::printf("%s\n", shape_line_hb_format(text.value(), *font.value(), opts,
                                                 use_cache ? &cache : nullptr)
                                .c_str());
    }
    return kExitOk;
}

}  // namespace potro::cli
