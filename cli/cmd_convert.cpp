// `potro convert FILE --to json|xml`: a document's XML as JSON or back (model/json_document.h
// gives the mapping), for programs that would rather build JSON.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "model/json_document.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro convert FILE [--to json|xml] [-o OUT]\n"
    "\n"
    "Writes a document's XML as JSON, or its JSON as XML: the same elements and attributes in\n"
    "the same nesting (docs/json.md). Either renders to the same pages. FILE - reads standard\n"
    "input.\n"
    "\n"
    "      --to json|xml  what to write (default: the other of what FILE is)\n"
    "  -o, --output OUT   write to OUT (default: standard output)\n"
    "  -h, --help         this help\n"
    "\n"
    "Exit status: 0 converted, 1 the file cannot be read or converted, 2 usage.\n";

}  // namespace

int run_convert(int argc, char** argv) {
    enum { kTo = 1000 };
    std::string to, output;
    OptionParser parser("convert");
    parser.own("to", true, kTo).own("output", true, 'o').own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "o:h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case kTo:
                to = v;
                if (to != "json" && to != "xml")
                    return usage_error("convert", "--to takes json or xml");
                return std::nullopt;
            case 'o':
                output = v;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("convert", "unknown option");
    });
    if (stop) return *stop;
    if (optind + 1 != argc)
        return usage_error("convert", "give one document (or - for standard input)");
    const std::string input = argv[optind];
    std::string bytes;
    if (input == "-") {
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        auto read = read_file(input);
        if (!read) {
            std::fprintf(stderr, "%s\n", read.error().to_string().c_str());
            return kExitFailed;
        }
        bytes = std::move(read.value());
    }
    const bool is_json = looks_like_json(bytes);
    if (to.empty()) to = is_json ? "xml" : "json";
    const std::string name = input == "-" ? "stdin" : input;
    Result<std::string> out = std::string();
    if (to == "json") {
        if (is_json) return usage_error("convert", input + " is JSON already");
        out = xml_to_json(bytes, name);
    } else {
        if (!is_json)
            return usage_error("convert",
                               input + " is XML already (a JSON document starts with '{')");
        auto xml = json_to_xml(bytes, name);
        out = xml ? Result<std::string>(std::move(xml.value().xml))
                  : Result<std::string>(xml.error());
    }
    if (!out) {
        std::fprintf(stderr, "%s\n", out.error().to_string().c_str());
        return kExitFailed;
    }
    if (output.empty()) {
        std::fwrite(out.value().data(), 1, out.value().size(), stdout);
        return kExitOk;
    }
    if (auto st = write_file_atomically(output, out.value()); !st) {
        std::fprintf(stderr, "%s\n", st.error().to_string().c_str());
        return kExitFailed;
    }
    return kExitOk;
}

}  // namespace potro::cli
