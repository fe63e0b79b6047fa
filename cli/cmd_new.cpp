// `potro new KIND [-o FILE]`: a complete, commented skeleton of a document to start from. The
// skeletons are data (templates/skeletons/KIND.xml), so an office can put its own beside them.
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "options.h"
#include "potro/potro.h"
#include "potro/source.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro new KIND [-o FILE] [--force]\n"
    "       potro new --list\n"
    "\n"
    "Writes a skeleton of a document of that kind (minutes, letter, office-order,\n"
    "notification, meeting-notice, circular): every element, with a Bangla placeholder in [...]\n"
    "and a comment saying what it is. It validates and renders as it is; fill it in and delete\n"
    "what the document does not need.\n"
    "\n"
    "  -o, --output FILE  write to FILE (default: standard output); an existing FILE is kept\n"
    "      --force        replace an existing FILE\n"
    "      --list         the kinds there are skeletons for\n"
    "      --templates DIR  the templates folder (default: potro's own)\n"
    "  -h, --help         this help\n"
    "\n"
    "Exit status: 0 written, 1 the file cannot be written, 2 usage (an unknown kind).\n";

std::vector<std::string> skeleton_kinds(const Source& files) {
    std::vector<std::string> kinds;
    for (const std::string& f : files.list({Area::Templates, "skeletons"})) {
        if (f.size() > 4 && f.compare(f.size() - 4, 4, ".xml") == 0) {
            kinds.push_back(f.substr(0, f.size() - 4));
        }
    }
    return kinds;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

}  // namespace

int run_new(int argc, char** argv) {
    enum { kForce = 1000, kList };
    SourceOptions source;
    std::string output;
    bool force = false, list = false;
    OptionParser parser("new");
    parser.with(source).own("output", true, 'o').own("force", false, kForce);
    parser.own("list", false, kList).own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "o:h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case 'o':
                output = v;
                return std::nullopt;
            case kForce:
                force = true;
                return std::nullopt;
            case kList:
                list = true;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("new", "unknown option");
    });
    if (stop) return *stop;
    const auto opened = source.open();
    const Source& files = *opened;
    const std::vector<std::string> kinds = skeleton_kinds(files);
    if (list) {
        if (optind != argc) return usage_error("new", "--list takes no kind");
        // The kinds' Bangla names come from the engine; a skeleton an office added for a kind
        // potro does not know is listed without one.
        const Renderer renderer(files);
        for (const std::string& k : kinds) {
            std::string title;
            for (const KindInfo& info : renderer.kinds()) {
                if (info.name == k) title = info.title;
            }
            std::printf("%-16s %s\n", k.c_str(), title.c_str());
        }
        return kExitOk;
    }
    if (optind + 1 != argc) {
        return usage_error("new", "give one kind of document: " + joined(kinds));
    }
    const std::string kind = argv[optind];
    bool known = false;
    for (const auto& k : kinds) known = known || k == kind;
    if (!known) {
        return usage_error(
            "new", "there is no skeleton for \"" + kind + "\"; the kinds are " + joined(kinds));
    }
    auto bytes = files.read({Area::Templates, "skeletons/" + kind + ".xml"});
    if (!bytes) {
        std::fprintf(stderr, "%s\n", bytes.error().to_string().c_str());
        return kExitFailed;
    }
    if (output.empty()) {
        std::fwrite(bytes.value().data(), 1, bytes.value().size(), stdout);
        return kExitOk;
    }
    std::error_code ec;
    if (!force && std::filesystem::exists(output, ec)) {
        std::fprintf(stderr,
                     "%s: error: the file exists; potro new does not overwrite it (give another "
                     "name, or --force to replace it)\n",
                     output.c_str());
        return kExitFailed;
    }
    if (auto st = write_file_atomically(output, bytes.value()); !st) {
        std::fprintf(stderr, "%s\n", st.error().to_string().c_str());
        return kExitFailed;
    }
    std::printf("%s\n", output.c_str());
    return kExitOk;
}

}  // namespace potro::cli
