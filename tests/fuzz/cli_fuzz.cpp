// Fuzz target: bytes as a command line — one argument per line, the first naming the command —
// parsed by potro's own option parser and run as potro runs it (the job set up from the
// arguments, then run), in a scratch folder holding a document, its notice, an archival PDF
// and a text file to name. No command may crash, hang, leak or let an exception out.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "potro/source.h"

namespace fs = std::filesystem;

namespace {

// serve would listen until stopped; every other command ends on its own.
constexpr std::array<std::string_view, 13> kCommands{
    "render", "validate", "bulk", "convert", "new",   "lint",  "date",
    "fonts",  "extract",  "sign", "typeset", "shape", "--help"};

void copy_example(const fs::path& examples, const char* name, const fs::path& to) {
    std::error_code ec;
    fs::copy_file(examples / name, to / name, fs::copy_options::overwrite_existing, ec);
}

fs::path& scratch() {
    static fs::path dir;
    return dir;
}

void remove_scratch() {
    std::error_code ec;
    fs::current_path(fs::temp_directory_path(), ec);
    fs::remove_all(scratch(), ec);
}

// A scratch folder as a user's: once, then every input runs in it; removed at exit.
void set_up() {
    const fs::path source = fs::path(potro::installed_folders().templates).parent_path();
    fs::path& dir = scratch();
    dir = fs::temp_directory_path() / ("potro-cli-fuzz-" + std::to_string(getpid()));
    std::atexit(remove_scratch);
    fs::create_directories(dir / "docs");
    for (const char* n : {"minutes-enothi-committee.xml", "meeting-notice-enothi-committee.xml"}) {
        copy_example(source / "examples", n, dir);
        copy_example(source / "examples", n, dir / "docs");
    }
    std::ofstream(dir / "text.txt") << "সভার কার্যবিবরণী\n\nদ্বিতীয় অনুচ্ছেদ।\n";
    std::ofstream(dir / "pw.txt") << "secret\n";
    fs::current_path(dir);
    // What the commands print on standard output is not what is fuzzed. Their messages on
    // standard error stay: libFuzzer reports there (-close_fd_mask=2 keeps them out of its log).
    if (!std::freopen("/dev/null", "w", stdout)) std::abort();
    std::vector<std::string> args{
        "potro", "render", "minutes-enothi-committee.xml", "--pdfa=3", "-o", "pdfs", "-q"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    potro::cli::dispatch(static_cast<int>(args.size()), argv.data());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const bool ready = (set_up(), true);
    (void)ready;
    if (size == 0 || size > 2048) return 0;
    std::vector<std::string> args{"potro"};
    std::string current;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (char c : text) {
        if (c == '\n') {
            args.push_back(current);
            current.clear();
        } else if (c == '\0') {
            return 0;  // no argument can hold a NUL
        } else {
            current += c;
        }
    }
    args.push_back(current);
    if (args.size() > 16) return 0;
    // The commands may write where they are told: keep them inside the scratch folder (a run
    // once wrote bulk exports under absolute paths it had seen compared, in the source tree).
    for (const std::string& a : args) {
        if (a.find("..") != std::string::npos) return 0;
        for (size_t at = a.find('/'); at != std::string::npos; at = a.find('/', at + 1)) {
            if (at == 0 || a[at - 1] == '=') return 0;
        }
    }
    bool known = false;
    for (auto c : kCommands) known = known || args[1] == c;
    if (!known) return 0;
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    potro::cli::dispatch(static_cast<int>(args.size()), argv.data());
    return 0;
}
