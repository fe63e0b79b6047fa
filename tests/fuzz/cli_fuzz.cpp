// Fuzz target: bytes as a command line — one argument per line, the first naming the command —
// and, after a NUL byte, the bytes of a document `in.xml`; parsed by potro's own option parser
// and run as potro runs it (the job set up from the arguments, then run) against an in-memory
// source: templates, fonts and profiles read into memory once, a document, its notice, a text
// file and a password file beside them, and the fuzzed document. What the commands write goes
// to a scratch folder (an archival PDF there, made at start, for extract and sign to name).
// No command may crash, hang, leak or let an exception out.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "options.h"
#include "potro/source.h"

namespace fs = std::filesystem;

namespace {

// serve would listen until stopped; every other command ends on its own.
constexpr std::array<std::string_view, 13> kCommands{
    "render", "validate", "bulk", "convert", "new",   "lint",  "date",
    "fonts",  "extract",  "sign", "typeset", "shape", "--help"};

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every file under `folder` into `area` of the source.
void add_tree(potro::MemorySource& source, potro::Area area, const fs::path& folder) {
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(folder, ec)) {
        if (!e.is_regular_file()) continue;
        source.add({area, fs::relative(e.path(), folder).generic_string()}, read_bytes(e.path()));
    }
}

// What the commands read: built once, the fuzzed document replaced for each input.
potro::MemorySource& memory() {
    static potro::MemorySource source;
    return source;
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
    const potro::FileSource::Folders installed = potro::installed_folders();
    potro::MemorySource& m = memory();
    add_tree(m, potro::Area::Templates, installed.templates);
    add_tree(m, potro::Area::Fonts, installed.fonts);
    // The one profile potro asks for (a profile folder may hold hundreds).
    const fs::path profile = fs::is_regular_file(installed.profiles)
                                 ? fs::path(installed.profiles)
                                 : fs::path(installed.profiles) / "sRGB.icc";
    m.add({potro::Area::Profiles, "sRGB.icc"}, read_bytes(profile));
    for (const char* n : {"minutes-enothi-committee.xml", "meeting-notice-enothi-committee.xml"}) {
        const std::string bytes = read_bytes(source / "examples" / n);
        m.add({potro::Area::Document, n}, bytes);
        m.add({potro::Area::Document, std::string("docs/") + n}, bytes);
    }
    m.add({potro::Area::Document, "text.txt"}, "সভার কার্যবিবরণী\n\nদ্বিতীয় অনুচ্ছেদ।\n");
    m.add({potro::Area::Document, "pw.txt"}, "secret\n");
    potro::cli::set_source_maker([](const potro::FileSource::Folders&, const potro::Clock&) {
        return std::shared_ptr<const potro::Source>(&memory(), [](const potro::Source*) {});
    });
    fs::create_directories(dir);
    // convert reads its file from disk itself; the examples are there for it too.
    for (const char* n : {"minutes-enothi-committee.xml", "meeting-notice-enothi-committee.xml"})
        fs::copy_file(source / "examples" / n, dir / n, fs::copy_options::overwrite_existing);
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
    memory().add({potro::Area::Document, "pdfs/minutes-enothi-committee.pdf"},
                 read_bytes(dir / "pdfs" / "minutes-enothi-committee.pdf"));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const bool ready = (set_up(), true);
    (void)ready;
    if (size == 0 || size > 64 * 1024) return 0;
    std::vector<std::string> args{"potro"};
    std::string current;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const size_t nul = text.find('\0');
    memory().add({potro::Area::Document, "in.xml"},
                 nul == std::string_view::npos ? std::string() : std::string(text.substr(nul + 1)));
    text = text.substr(0, nul);
    if (text.size() > 2048) return 0;
    for (char c : text) {
        if (c == '\n') {
            args.push_back(current);
            current.clear();
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
