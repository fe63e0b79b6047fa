// Times the text path for one document: shape + break + lay out, then write the PDF, with and
// without the shaping cache, after the fonts are loaded. Prints figures; never fails on time.
//
// usage: potro_bench_typeset TEXT.txt [iterations]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/unicode.h"
#include "io/atomic_file.h"
#include "layout/plain_text.h"
#include "pdf/export_pdf.h"
#include "potro/source.h"

using namespace potro;
using Stopwatch = std::chrono::steady_clock;

namespace {

struct Sample {
    double layout_ms = 0;
    double pdf_ms = 0;
    size_t bytes = 0;
    size_t pages = 0;
};

Sample run_once(std::u16string_view text, const FontSet& fonts, ShapeCache* cache) {
    Sample s;
    const auto t0 = Stopwatch::now();
    TypesetResult laid = typeset_plain_text(text, "bench.txt", fonts, PlainTextOptions{}, cache);
    const auto t1 = Stopwatch::now();
    auto pdf = pdf::export_pdf(laid.document);
    const auto t2 = Stopwatch::now();
    if (!pdf) {
        std::fprintf(stderr, "%s\n", pdf.error().to_string().c_str());
        std::exit(1);
    }
    s.layout_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    s.pdf_ms = std::chrono::duration<double, std::milli>(t2 - t1).count();
    s.bytes = pdf.value().size();
    s.pages = laid.document.pages.size();
    return s;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char* label, const std::vector<Sample>& samples) {
    std::vector<double> layout, pdf, total;
    for (const auto& s : samples) {
        layout.push_back(s.layout_ms);
        pdf.push_back(s.pdf_ms);
        total.push_back(s.layout_ms + s.pdf_ms);
    }
    std::printf(
        "%-22s median %6.2f ms/document (shape+break+layout %5.2f ms, PDF %5.2f ms), "
        "%zu pages, %zu bytes\n",
        label, median(total), median(layout), median(pdf), samples.front().pages,
        samples.front().bytes);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s TEXT.txt [iterations]\n", argv[0]);
        return 2;
    }
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 50;
    auto bytes = read_file(argv[1]);
    if (!bytes) return std::fprintf(stderr, "%s\n", bytes.error().to_string().c_str()), 1;
    auto text = utf8_to_utf16(bytes.value(), argv[1]);
    if (!text) return std::fprintf(stderr, "%s\n", text.error().to_string().c_str()), 1;
    const std::u16string nfc = to_nfc(text.value());

    const auto f0 = Stopwatch::now();
    const FileSource source(installed_folders());
    auto fonts = FontSet::load(FontSetSpec::bundled(), source);
    if (!fonts) return std::fprintf(stderr, "%s\n", fonts.error().to_string().c_str()), 1;
    const auto f1 = Stopwatch::now();
    std::printf("input %s: %zu UTF-16 units; font loading %.2f ms (once per process)\n", argv[1],
                nfc.size(), std::chrono::duration<double, std::milli>(f1 - f0).count());

    std::vector<Sample> uncached, first_cached, cached;
    run_once(nfc, fonts.value(), nullptr);  // warm up ICU and HarfBuzz's lazy tables
    for (int i = 0; i < iterations; ++i) uncached.push_back(run_once(nfc, fonts.value(), nullptr));
    for (int i = 0; i < iterations; ++i) {
        ShapeCache fresh;
        first_cached.push_back(run_once(nfc, fonts.value(), &fresh));
    }
    ShapeCache warm;
    for (int i = 0; i < iterations; ++i) cached.push_back(run_once(nfc, fonts.value(), &warm));
    report("uncached", uncached);
    report("cache, cold per doc", first_cached);
    report("cache, warm", cached);
    std::printf("cache: %llu hits, %llu misses\n",
                static_cast<unsigned long long>(warm.stats().hits),
                static_cast<unsigned long long>(warm.stats().misses));
    return 0;
}
