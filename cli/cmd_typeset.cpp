#include <getopt.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "jobs/typeset_job.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro typeset TEXT.txt -o OUT.pdf [options]\n"
    "\n"
    "Sets a UTF-8 text file on A4 pages: paragraphs are separated by blank lines, line ends\n"
    "inside a paragraph become spaces.\n"
    "\n"
    "  -o, --output FILE        the PDF to write (default: TEXT.pdf beside the input)\n"
    "      --font-size N        body size in points (default 12)\n"
    "      --align A            justify (default), left, right or center\n"
    "      --line-height F      line height as a factor of the font's (default 1.0)\n"
    "      --page SIZE          a4 (default) or legal\n"
    "      --bengali-font FILE  a TTF/OTF for Bangla first in the chain (e.g. Nikosh)\n"
    "      --latin-font FILE    a TTF/OTF for Latin letters first in the chain\n"
    "      --no-cache           shape every word anew (for measurements)\n"
    "  -h, --help               this help\n";

// A font named on the command line is a file relative to the current folder, not a name in
// potro's fonts folder.
std::string given_file(const char* path) {
    return std::filesystem::absolute(path).lexically_normal().string();
}

bool parse_align(const std::string& s, Align* out) {
    if (s == "justify")
        *out = Align::Justify;
    else if (s == "left")
        *out = Align::Left;
    else if (s == "right")
        *out = Align::Right;
    else if (s == "center" || s == "centre")
        *out = Align::Center;
    else
        return false;
    return true;
}

}  // namespace

int run_typeset(int argc, char** argv) {
    enum { kFontSize = 1000, kAlign, kLineHeight, kPage, kBengaliFont, kLatinFont, kNoCache };
    static const option options[] = {
        {"output", required_argument, nullptr, 'o'},
        {"font-size", required_argument, nullptr, kFontSize},
        {"align", required_argument, nullptr, kAlign},
        {"line-height", required_argument, nullptr, kLineHeight},
        {"page", required_argument, nullptr, kPage},
        {"bengali-font", required_argument, nullptr, kBengaliFont},
        {"latin-font", required_argument, nullptr, kLatinFont},
        {"no-cache", no_argument, nullptr, kNoCache},
        {"help", no_argument, nullptr, 'h'},
        {nullptr, 0, nullptr, 0},
    };
    TypesetJob job;
    optind = 0;  // 0: glibc forgets a previous parse entirely (see options.cpp)
    int c;
    while ((c = getopt_long(argc, argv, "o:h", options, nullptr)) != -1) {
        switch (c) {
            case 'o':
                job.output = optarg;
                break;
            case kFontSize: {
                double v;
                if (!parse_number(optarg, 4, 96, &v)) {
                    return usage_error("typeset",
                                       "--font-size takes a number of points from 4 to 96");
                }
                job.layout.font_size = static_cast<float>(v);
                break;
            }
            case kAlign:
                if (!parse_align(optarg, &job.layout.align)) {
                    return usage_error("typeset", "--align takes justify, left, right or center");
                }
                break;
            case kLineHeight: {
                double v;
                if (!parse_number(optarg, 0.5, 4, &v)) {
                    return usage_error("typeset", "--line-height takes a factor from 0.5 to 4");
                }
                job.layout.line_height = static_cast<float>(v);
                break;
            }
            case kPage:
                if (std::string(optarg) == "a4")
                    job.layout.page = PageGeometry::a4();
                else if (std::string(optarg) == "legal")
                    job.layout.page = PageGeometry::legal();
                else
                    return usage_error("typeset", "--page takes a4 or legal");
                break;
            case kBengaliFont:
                job.fonts.bengali.insert(job.fonts.bengali.begin(),
                                         FaceSpec{given_file(optarg), "", 1.0, 0.0});
                break;
            case kLatinFont:
                job.fonts.latin.insert(job.fonts.latin.begin(),
                                       FaceSpec{given_file(optarg), "", 0.9, 0.0});
                break;
            case kNoCache:
                job.use_cache = false;
                break;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
            default:
                return usage_error("typeset", "unknown option");
        }
    }
    if (optind + 1 != argc) return usage_error("typeset", "give exactly one input text file");
    job.input = argv[optind];
    if (job.output.empty()) {
        const auto dot = job.input.rfind('.');
        const auto slash = job.input.rfind('/');
        const bool has_ext =
            dot != std::string::npos && (slash == std::string::npos || dot > slash);
        job.output = (has_ext ? job.input.substr(0, dot) : job.input) + ".pdf";
    }
    SourceOptions source;
    auto outcome = run_typeset(job, *source.open());
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().to_string().c_str());
        return kExitFailed;
    }
    for (const auto& w : outcome.value().warnings) {
        std::fprintf(stderr, "%s\n", w.to_string().c_str());
    }
    return kExitOk;
}

}  // namespace potro::cli
