// `potro convert FILE --to json|xml`: a document's XML as JSON or back (model/json_document.h
// gives the mapping), for programs that would rather build JSON; `--from bijoy`: a document
// or a text typed in Bijoy (SutonnyMJ) with its text in Unicode (model/bijoy_document.h).
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

#include "cli_util.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "model/bijoy_document.h"
#include "model/json_document.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro convert FILE [--to json|xml] [-o OUT]\n"
    "       potro convert --from bijoy FILE [--all] [-o OUT]\n"
    "\n"
    "Writes a document's XML as JSON, or its JSON as XML: the same elements and attributes in\n"
    "the same nesting (docs/json.md). Either renders to the same pages. FILE - reads standard\n"
    "input.\n"
    "\n"
    "With --from bijoy, FILE is a document (XML) or a plain text typed in Bijoy (SutonnyMJ),\n"
    "saved as UTF-8 or as ANSI; the result has that text in Unicode Bangla. In a document,\n"
    "the elements whose text looks like Bijoy are converted (element names, attributes, memo\n"
    "numbers, dates, e-mail and web addresses stay as they are); a plain text is converted\n"
    "whole.\n"
    "\n"
    "      --to json|xml  what to write (default: the other of what FILE is)\n"
    "      --from bijoy   FILE is typed in Bijoy: write it in Unicode\n"
    "      --all          with --from bijoy: convert the text of every element, for a document\n"
    "                     typed wholly in Bijoy (short texts cannot be told from English)\n"
    "  -o, --output OUT   write to OUT (default: standard output)\n"
    "  -h, --help         this help\n"
    "\n"
    "Exit status: 0 converted, 1 the file cannot be read or converted, 2 usage.\n";

// Writes `bytes` to `output`, or to standard output when none is named.
int write_out(const std::string& output, const std::string& bytes) {
    if (output.empty()) {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        return kExitOk;
    }
    if (auto st = write_file_atomically(output, bytes); !st) {
        std::fprintf(stderr, "%s\n", st.error().to_string().c_str());
        return kExitFailed;
    }
    return kExitOk;
}

bool starts_like_xml(const std::string& bytes) {
    size_t i = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (i < bytes.size() && std::string_view(" \t\r\n").find(bytes[i]) != std::string::npos) ++i;
    return i < bytes.size() && bytes[i] == '<';
}

int from_bijoy(const std::string& bytes, const std::string& name, bool all,
               const std::string& output) {
    if (!starts_like_xml(bytes)) return write_out(output, convert_bijoy_text(bytes));
    auto done =
        convert_bijoy_document(bytes, name, all ? BijoyScope::AllText : BijoyScope::Detected);
    if (!done) {
        std::fprintf(stderr, "%s\n", done.error().to_string().c_str());
        return kExitFailed;
    }
    constexpr size_t kShown = 20;
    const auto& left = done.value().left;
    for (size_t i = 0; i < left.size() && i < kShown; ++i)
        std::fprintf(stderr, "%s\n", left[i].to_string().c_str());
    if (left.size() > kShown)
        std::fprintf(stderr, "potro convert: %zu more elements kept Latin text\n",
                     left.size() - kShown);
    if (const int st = write_out(output, done.value().xml); st != kExitOk) return st;
    const int n = done.value().converted;
    std::fprintf(stderr, "potro convert: %d element%s converted from Bijoy%s%s\n", n,
                 n == 1 ? "" : "s", output.empty() ? "" : " into ", output.c_str());
    if (!left.empty())
        std::fprintf(stderr,
                     "potro convert: %zu element%s kept Latin text (short Bijoy cannot be told "
                     "from English); if the whole document was typed in Bijoy, convert it with "
                     "--all\n",
                     left.size(), left.size() == 1 ? "" : "s");
    return kExitOk;
}

}  // namespace

int run_convert(int argc, char** argv) {
    enum { kTo = 1000, kFrom, kAll };
    std::string to, output, from;
    bool all = false;
    OptionParser parser("convert");
    parser.own("to", true, kTo)
        .own("from", true, kFrom)
        .own("all", false, kAll)
        .own("output", true, 'o')
        .own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "o:h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case kTo:
                to = v;
                if (to != "json" && to != "xml")
                    return usage_error("convert", "--to takes json or xml");
                return std::nullopt;
            case kFrom:
                from = v;
                if (from != "bijoy")
                    return usage_error("convert",
                                       "--from takes bijoy (text typed in SutonnyMJ); a JSON or "
                                       "XML document is told by its first character");
                return std::nullopt;
            case kAll:
                all = true;
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
    const std::string name = input == "-" ? "stdin" : input;
    if (!from.empty()) {
        if (!to.empty())
            return usage_error("convert",
                               "--from bijoy writes the kind of file it reads; give "
                               "--to on a second run");
        return from_bijoy(bytes, name, all, output);
    }
    if (all) return usage_error("convert", "--all goes with --from bijoy");
    const bool is_json = looks_like_json(bytes);
    if (to.empty()) to = is_json ? "xml" : "json";
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
    return write_out(output, out.value());
}

}  // namespace potro::cli
