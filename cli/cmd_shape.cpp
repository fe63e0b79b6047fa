#include <cstdio>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "options.h"
#include "text/font.h"
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
    SourceOptions source;
    std::string font_path;  // empty: the bundled Noto Serif Bengali
    std::string file;
    ShapeDumpOptions options;
    OptionParser parser("shape");
    parser.own("font", true, kFont).own("file", true, kFile).own("script", true, kScript);
    parser.own("language", true, kLanguage).own("no-cache", false, kNoCache);
    parser.own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case kFont:
                font_path = v;
                return std::nullopt;
            case kFile:
                file = v;
                return std::nullopt;
            case kScript:
                options.script = v;
                return std::nullopt;
            case kLanguage:
                options.language = v;
                return std::nullopt;
            case kNoCache:
                options.use_cache = false;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("shape", "unknown option");
    });
    if (stop) return *stop;
    const auto opened = source.open();
    const Source& files = *opened;
    std::string text;
    if (!file.empty()) {
        if (optind != argc) return usage_error("shape", "give either TEXT or --file, not both");
        auto bytes = files.read({Area::Document, file});
        if (!bytes) {
            std::fprintf(stderr, "%s\n", bytes.error().to_string().c_str());
            return kExitFailed;
        }
        text = std::move(bytes.value());
    } else {
        if (optind + 1 != argc)
            return usage_error("shape", "give the text to shape as one argument");
        text = argv[optind];
    }
    const SourceName font_name = font_path.empty()
                                     ? SourceName{Area::Fonts, "NotoSerifBengali-Regular.ttf"}
                                     : SourceName{Area::Document, font_path};
    auto font = FontRegistry::shared().get(files, font_name);
    if (!font) {
        std::fprintf(stderr, "%s\n", font.error().to_string().c_str());
        return kExitFailed;
    }
    auto lines =
        shape_text_hb_format(text, file.empty() ? "<argument>" : file, *font.value(), options);
    if (!lines) {
        std::fprintf(stderr, "%s\n", lines.error().to_string().c_str());
        return kExitFailed;
    }
    for (const std::string& line : lines.value()) std::printf("%s\n", line.c_str());
    return kExitOk;
}

}  // namespace potro::cli
