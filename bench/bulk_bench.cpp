// The bulk path measured: N documents made from the examples (dates shifted, subjects and memo
// serials varied, every fifth numbered by the memo register), exported as PDF+DOCX at -j1 and
// -j2, each run in a child process so its peak memory is its own. Prints documents per second,
// milliseconds per document, peak memory, and whether the outputs are identical whatever -j.
// Never fails on time.
//
// usage: potro_bulk_bench EXAMPLES_DIR WORK_DIR [documents=500] [--no-fsync]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "docx/package.h"
#include "io/atomic_file.h"
#include "io/content_hash.h"
#include "jobs/engine.h"
#include "layout/flow.h"
#include "pdf/export_pdf.h"
#include "potro/bulk.h"
#include "text/font_set.h"

using namespace potro;
namespace fs = std::filesystem;
namespace chr = std::chrono;

namespace {

std::string shift_dates(std::string xml, int days) {
    for (size_t at = 0; (at = xml.find("<date>", at)) != std::string::npos; at += 6) {
        const size_t s = at + 6;
        if (xml.size() < s + 10 || xml[s + 4] != '-') continue;
        const chr::year_month_day ymd{chr::year{std::stoi(xml.substr(s, 4))},
                                      chr::month{unsigned(std::stoi(xml.substr(s + 5, 2)))},
                                      chr::day{unsigned(std::stoi(xml.substr(s + 8, 2)))}};
        const chr::year_month_day moved{chr::sys_days{ymd} + chr::days{days}};
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(moved.year()), unsigned(moved.month()),
                      unsigned(moved.day()));
        xml.replace(s, 10, buf);
    }
    return xml;
}

// The memo's serial becomes `serial`, or the register's when `automatic`.
std::string vary_memo(std::string xml, int serial, bool automatic) {
    const size_t open = xml.find("<memo");
    if (open == std::string::npos) return xml;
    const size_t gt = xml.find('>', open);
    const size_t close = xml.find("</memo>", gt);
    std::string number = xml.substr(gt + 1, close - gt - 1);
    std::string suffix;
    if (const size_t slash = number.find('/'); slash != std::string::npos) {
        suffix = number.substr(slash);
        number.erase(slash);
    }
    const size_t dot = number.rfind('.');
    number = automatic ? number.substr(0, dot) : number.substr(0, dot + 1) + std::to_string(serial);
    if (!automatic) number += suffix;
    xml.replace(gt + 1, close - gt - 1, number);
    if (automatic) xml.insert(open + 5, " serial=\"auto\"");
    return xml;
}

std::string vary_subject(std::string xml, int n) {
    const size_t at = xml.find("<subject");
    if (at == std::string::npos) return xml;
    const size_t gt = xml.find('>', at);
    return xml.insert(gt + 1, "(সভা নং " + std::to_string(n) + ") ");
}

struct RunFigures {
    double seconds = 0;
    long peak_kb = 0;
    size_t failed = 0;
};

RunFigures run_child(const std::string& input, const std::string& out, int threads, bool fsync,
                     bool fresh = true) {
    if (fresh) fs::remove_all(out);
    int pipefd[2];
    if (pipe(pipefd) != 0) std::exit(1);
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        BulkJob job;
        job.input = input;
        job.output_dir = out;
        job.threads = threads;
        job.flush_to_disk = fsync;
        const auto t0 = chr::steady_clock::now();
        const FileSource files(installed_folders());
        auto r = run_bulk(job, files);
        const double s = chr::duration<double>(chr::steady_clock::now() - t0).count();
        double msg[2] = {s, r ? double(r.value().failed) : -1.0};
        if (write(pipefd[1], msg, sizeof msg) != sizeof msg) _exit(1);
        _exit(0);
    }
    close(pipefd[1]);
    double msg[2] = {0, 0};
    if (read(pipefd[0], msg, sizeof msg) != sizeof msg) std::exit(1);
    close(pipefd[0]);
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    return {msg[0], ru.ru_maxrss, size_t(msg[1] < 0 ? 1e9 : msg[1])};
}

// Every output's hash, by name; the bookkeeping under .potro is not an output.
std::map<std::string, std::string> output_hashes(const std::string& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        const std::string name = e.path().filename().string();
        if (name.find("memo-register") == 0) continue;
        out[name] = hash_file(e.path().string()).value();
    }
    return out;
}

// Where one document's time goes, in this process, one thread, the files read from disk.
void breakdown(const fs::path& input) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(input)) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    const FileSource source(installed_folders());
    Engine r(source);
    double t_read = 0, t_layout = 0, t_pdf = 0, t_docx = 0;
    size_t pages = 0, pdf_bytes = 0, docx_bytes = 0;
    ShapeCache cache;
    auto ms = [](auto a, auto b) { return chr::duration<double, std::milli>(b - a).count(); };
    for (const auto& f : files) {
        const auto t0 = chr::steady_clock::now();
        auto doc = r.read({Area::Document, f});
        if (!doc) continue;
        if (MemoLine* line = doc.value().doc().memo_line(); line && line->memo.serial.empty())
            line->memo.serial = "1";
        const auto t1 = chr::steady_clock::now();
        const AssembledDocument a = doc.value().doc().assemble(doc.value().loaded->tpl);
        FlowResult laid = layout_document(a, doc.value().loaded->fonts, &cache);
        const auto t2 = chr::steady_clock::now();
        auto pdf = pdf::export_pdf(laid.document);
        const auto t3 = chr::steady_clock::now();
        auto docx = docx::export_docx(a, docx::DocxOptions{});
        const auto t4 = chr::steady_clock::now();
        t_read += ms(t0, t1);
        t_layout += ms(t1, t2);
        t_pdf += ms(t2, t3);
        t_docx += ms(t3, t4);
        pages += laid.document.pages.size();
        pdf_bytes += pdf ? pdf.value().size() : 0;
        docx_bytes += docx ? docx.value().size() : 0;
    }
    const double n = static_cast<double>(files.size());
    std::printf(
        "per document, one thread (%.1f pages, PDF %.0f KB, DOCX %.0f KB): read+check "
        "%.2f ms, assemble+layout %.2f ms, PDF %.2f ms, DOCX %.2f ms, total %.2f ms\n",
        static_cast<double>(pages) / n, static_cast<double>(pdf_bytes) / n / 1024,
        static_cast<double>(docx_bytes) / n / 1024, t_read / n, t_layout / n, t_pdf / n, t_docx / n,
        (t_read + t_layout + t_pdf + t_docx) / n);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s EXAMPLES_DIR WORK_DIR [documents] [--no-fsync]\n", argv[0]);
        return 2;
    }
    const fs::path examples = argv[1], work = argv[2];
    const int count = argc > 3 && argv[3][0] != '-' ? std::atoi(argv[3]) : 500;
    bool fsync = true;
    for (int i = 3; i < argc; ++i) fsync = fsync && std::string(argv[i]) != "--no-fsync";

    std::vector<std::string> sources;
    // Minutes that take their meeting from a notice (follows="…") need that file beside them,
    // which the varied copies would not have: they are left out.
    for (const auto& e : fs::directory_iterator(examples)) {
        if (e.path().extension() != ".xml") continue;
        auto bytes = read_file(e.path().string());
        if (bytes && bytes.value().find(" follows=\"") == std::string::npos)
            sources.push_back(e.path().string());
    }
    std::sort(sources.begin(), sources.end());
    const fs::path input = work / "input";
    fs::remove_all(work);
    fs::create_directories(input);
    for (int i = 0; i < count; ++i) {
        std::string xml = read_file(sources[size_t(i) % sources.size()]).value();
        xml = vary_memo(shift_dates(vary_subject(xml, i + 1), i / int(sources.size())), 2000 + i,
                        i % 5 == 4);
        char name[32];
        std::snprintf(name, sizeof name, "m%04d.xml", i);
        if (!write_file_atomically((input / name).string(), xml)) return 1;
    }
    std::printf("%d documents from %zu examples, PDF+DOCX, index, %s\n", count, sources.size(),
                fsync ? "fsync per file" : "no fsync");

    breakdown(input);
    std::map<std::string, std::string> first;
    for (int threads : {1, 2}) {
        const std::string out = (work / ("out-j" + std::to_string(threads))).string();
        const RunFigures f = run_child(input.string(), out, threads, fsync);
        const double rate = count / f.seconds;
        std::printf(
            "-j%d: %7.1f documents/s  %6.2f ms/document (wall)  %5.1f documents/s per "
            "core  peak memory %5.1f MB  failed %zu\n",
            threads, rate, 1000 * f.seconds / count, rate / threads,
            static_cast<double>(f.peak_kb) / 1024.0, f.failed);
        auto hashes = output_hashes(out);
        if (first.empty()) {
            first = hashes;
        } else {
            std::printf("outputs identical at -j1 and -j%d: %s (%zu files)\n", threads,
                        hashes == first ? "yes" : "NO", hashes.size());
        }
    }
    // A second run into the same folder finds everything up to date.
    const RunFigures up = run_child(input.string(), (work / "out-j2").string(), 2, fsync, false);
    std::printf("rerun with everything up to date (-j2): %.3f s (%.2f ms/document)\n", up.seconds,
                1000 * up.seconds / count);
    return 0;
}
