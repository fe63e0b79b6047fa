#include <getopt.h>

#include <cstdio>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "jobs/renderer.h"
#include "model/parse_minutes.h"
#include "text/font.h"
#include "text/font_set.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro fonts [FILE.xml] [--template NAME]\n"
    "\n"
    "Prints the fonts a template resolves to, chain by chain (Bangla, then Latin), each face's\n"
    "file, family and size factor. With FILE.xml: that document's template, and every\n"
    "character of the document that no font covers.\n"
    "\n"
    "      --template NAME   the template to show (default: standard, or the document's)\n"
    "      --templates DIR   the templates folder (default: potro's own)\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 all characters covered, 1 some are not (or the document has errors).\n";

void print_chain(const char* script, const std::vector<FaceSpec>& chain) {
    std::printf("%s:\n", script);
    for (size_t i = 0; i < chain.size(); ++i) {
        const FaceSpec& f = chain[i];
        for (const std::string* file : {&f.regular, &f.bold}) {
            if (file->empty()) continue;
            auto font = Font::load(*file);
            const std::string family = font ? font.value()->metrics().family_name : "(unreadable)";
            std::printf("  %zu. %-7s %s  [%s]  scale %.2f  baseline %+.2f em\n", i + 1,
                        file == &f.regular ? "regular" : "bold", file->c_str(), family.c_str(),
                        f.scale, f.baseline_shift);
        }
    }
}

}  // namespace

int run_fonts(int argc, char** argv) {
    enum { kTemplate = 1000, kTemplates };
    static const option options[] = {
        {"template", required_argument, nullptr, kTemplate},
        {"templates", required_argument, nullptr, kTemplates},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    std::string tpl_name, templates = default_templates_dir();
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", options, nullptr)) != -1) {
        switch (c) {
            case kTemplate:
                tpl_name = optarg;
                break;
            case kTemplates:
                templates = optarg;
                break;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
            default:
                return usage_error("fonts", "unknown option");
        }
    }
    if (optind + 1 < argc) return usage_error("fonts", "give at most one minutes file");
    Renderer renderer(templates, default_font_dir());
    std::optional<ReadMinutes> doc;
    if (optind < argc) {
        auto read = renderer.read(argv[optind]);
        if (!read) {
            std::fprintf(stderr, "%s\n", read.error().to_string().c_str());
            return kExitFailed;
        }
        doc = std::move(read.value());
        if (tpl_name.empty()) tpl_name = doc->parsed.minutes.template_name;
    }
    if (tpl_name.empty()) tpl_name = "standard";
    auto loaded = renderer.template_named(tpl_name);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.error().to_string().c_str());
        return kExitFailed;
    }
    std::printf("template %s (%s)\n", tpl_name.c_str(), loaded.value()->file.c_str());
    print_chain("bengali", loaded.value()->tpl.fonts.bengali);
    print_chain("latin", loaded.value()->tpl.fonts.latin);
    if (!doc) return kExitOk;
    if (tpl_name != doc->parsed.minutes.template_name) doc->loaded = loaded.value();
    // Laying the document out is what finds every character no face has.
    auto laid = renderer.render(*doc, RenderRequest{false, false, true, std::nullopt});
    if (!laid) {
        std::fprintf(stderr, "%s\n", laid.error().to_string().c_str());
        return kExitFailed;
    }
    size_t gaps = 0;
    for (const Diagnostic& d : laid.value().warnings) {
        if (d.message.find("no font of the font set") == std::string::npos) continue;
        std::fprintf(stderr, "%s\n", d.to_string().c_str());
        ++gaps;
    }
    if (gaps == 0) {
        std::printf("coverage: every character of %s is covered\n", argv[optind]);
        return kExitOk;
    }
    std::printf("coverage: %zu characters of %s have no font\n", gaps, argv[optind]);
    return kExitFailed;
}

}  // namespace potro::cli
