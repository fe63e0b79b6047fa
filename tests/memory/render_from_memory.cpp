// Every example rendered through the public API from an in-memory source, with the file
// system out of reach: potro's templates, fonts, colour profile and the examples are read into
// a MemorySource first, then every way of opening a file is made to fail (and to fail the
// test), and each example's PDF, DOCX and PDF/A-3u must be the bytes the golden list records
// for the file-system render.
//
// usage: potro_render_from_memory REPO_ROOT GOLDEN_LIST ICC_PROFILE
#include <dlfcn.h>
#include <fcntl.h>
#include <openssl/evp.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "potro/potro.h"
#include "potro/source.h"

namespace fs = std::filesystem;

namespace {

std::atomic<bool> g_armed{false};
std::atomic<int> g_attempts{0};

// Reported with write(2): stdio might open or allocate.
void report_attempt(const char* fn, const char* path) {
    g_attempts.fetch_add(1);
    std::string msg = std::string("FAIL: potro called ") + fn + "(\"" + (path ? path : "?") +
                      "\") while rendering from memory\n";
    (void)!write(2, msg.data(), msg.size());
}

template <class F>
F real(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

}  // namespace

// Every entry point a library may open a file by (glibc, with and without _FORTIFY_SOURCE and
// large-file names). Calls inside glibc itself do not pass through here, and none is needed.
extern "C" {

// Whether a call must fail: while armed, every open is reported and refused.
static bool refuse(const char* fn, const char* path) {
    if (!g_armed) return false;
    report_attempt(fn, path);
    errno = EACCES;
    return true;
}

// open's third argument exists only when the flags create a file.
#define POTRO_MODE_ARG(flags, mode)                  \
    mode_t mode = 0;                                 \
    if ((flags) & (O_CREAT | O_TMPFILE)) {           \
        va_list ap;                                  \
        va_start(ap, flags);                         \
        mode = static_cast<mode_t>(va_arg(ap, int)); \
        va_end(ap);                                  \
    }

#define POTRO_TRAP_OPEN(NAME)                                                  \
    int NAME(const char* path, int flags, ...) {                               \
        POTRO_MODE_ARG(flags, mode)                                            \
        if (refuse(#NAME, path)) return -1;                                    \
        return real<int (*)(const char*, int, ...)>(#NAME)(path, flags, mode); \
    }
#define POTRO_TRAP_OPENAT(NAME)                                                          \
    int NAME(int dir, const char* path, int flags, ...) {                                \
        POTRO_MODE_ARG(flags, mode)                                                      \
        if (refuse(#NAME, path)) return -1;                                              \
        return real<int (*)(int, const char*, int, ...)>(#NAME)(dir, path, flags, mode); \
    }
#define POTRO_TRAP_OPEN2(NAME)                                      \
    int NAME(const char* path, int flags) {                         \
        if (refuse(#NAME, path)) return -1;                         \
        return real<int (*)(const char*, int)>(#NAME)(path, flags); \
    }
#define POTRO_TRAP_FOPEN(NAME)                                               \
    FILE* NAME(const char* path, const char* mode) {                         \
        if (refuse(#NAME, path)) return nullptr;                             \
        return real<FILE* (*)(const char*, const char*)>(#NAME)(path, mode); \
    }

POTRO_TRAP_OPEN(open)
POTRO_TRAP_OPEN(open64)
POTRO_TRAP_OPENAT(openat)
POTRO_TRAP_OPENAT(openat64)
POTRO_TRAP_OPEN2(__open_2)
POTRO_TRAP_OPEN2(__open64_2)
POTRO_TRAP_FOPEN(fopen)
POTRO_TRAP_FOPEN(fopen64)

}  // extern "C"

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", p.c_str());
        std::exit(2);
    }
    return s.str();
}

std::string sha256(const std::string& bytes) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr);
    std::string hex;
    char b[3];
    for (unsigned i = 0; i < len; ++i) {
        std::snprintf(b, sizeof b, "%02x", md[i]);
        hex += b;
    }
    return hex;
}

// Every file under `dir`, named relative to it.
void add_tree(potro::MemorySource& source, potro::Area area, const fs::path& dir) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        source.add({area, fs::relative(e.path(), dir).generic_string()}, slurp(e.path()));
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s REPO_ROOT GOLDEN_LIST ICC_PROFILE\n", argv[0]);
        return 2;
    }
    const fs::path root = argv[1];
    potro::MemorySource source;
    add_tree(source, potro::Area::Templates, root / "templates");
    add_tree(source, potro::Area::Fonts, root / "fonts");
    source.add({potro::Area::Profiles, "sRGB.icc"}, slurp(argv[3]));
    std::map<std::string, std::string> documents;  // examples/NAME.xml → bytes
    for (const auto& e : fs::directory_iterator(root / "examples")) {
        if (e.path().extension() != ".xml") continue;
        const std::string name = "examples/" + e.path().filename().string();
        documents[name] = slurp(e.path());
        // What one example names (the notice that minutes follow) is found in the source.
        source.add({potro::Area::Document, name}, documents[name]);
    }
    std::map<std::string, std::string> golden;  // "examples/x.pdf", "pdfa3:examples/x.pdf"
    {
        std::istringstream list(slurp(argv[2]));
        std::string sum, name;
        while (list >> sum >> name) golden[name] = sum;
    }

    potro::Renderer renderer(source);
    int failures = 0, checked = 0;
    // OpenSSL reads its configuration file once per process, at its first use: that is the
    // process setting up a library, not potro reading a document; let it happen first.
    (void)sha256("");
    g_armed = true;
    for (const auto& [name, bytes] : documents) {
        const std::string stem = name.substr(0, name.size() - 4);
        struct Run {
            std::string key_prefix;
            std::optional<int> pdfa;
            std::vector<std::string> formats;
        };
        for (const Run& run : {Run{"", 0, {"pdf", "docx"}}, Run{"pdfa3:", 3, {"pdf"}}}) {
            potro::RenderOptions options;
            options.formats = run.formats;
            options.pdfa = run.pdfa;
            auto result = renderer.render(name, bytes, options);
            if (!result) {
                std::fprintf(stderr, "FAIL: %s: %s\n", name.c_str(),
                             result.error().to_string().c_str());
                ++failures;
                continue;
            }
            for (const potro::Output& out : result.value().outputs) {
                const std::string key = run.key_prefix + stem + out.extension;
                const auto want = golden.find(key);
                if (want == golden.end()) {
                    std::fprintf(stderr, "FAIL: %s is not in the golden list\n", key.c_str());
                    ++failures;
                } else if (sha256(out.bytes) != want->second) {
                    std::fprintf(stderr, "FAIL: %s from memory differs from the file render\n",
                                 key.c_str());
                    ++failures;
                }
                ++checked;
            }
        }
    }
    g_armed = false;
    if (g_attempts > 0) ++failures;
    std::printf("%d outputs of %zu examples rendered from memory, %d failures, %d file opens\n",
                checked, documents.size(), failures, g_attempts.load());
    return failures == 0 && checked > 0 ? 0 : 1;
}
