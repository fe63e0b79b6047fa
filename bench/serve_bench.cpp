// Load on `potro serve`: a server in this process on a loopback port, and CLIENTS clients
// that each send every standalone example ROUNDS times to POST /api/render — first as PDF,
// then as PDF and DOCX (two requests a document). Prints requests per second, the latency's
// p50/p95/p99, and the resident memory as the requests go by (flat is the goal).
//
// usage: potro_bench_serve EXAMPLES_DIR [CLIENTS=32] [ROUNDS=50] [WORKERS=2]
#include <httplib.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "api.h"
#include "http_server.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::string> standalone_examples(const std::string& dir) {
    std::vector<std::string> out;
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() == ".xml") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        // A minutes file that follows a notice needs the notice beside it; a request has none.
        if (s.str().find("follows=") == std::string::npos) out.push_back(s.str());
    }
    return out;
}

long rss_kb() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    const size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
    return v[k];
}

struct Phase {
    const char* name;
    std::vector<std::string> formats;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s EXAMPLES_DIR [CLIENTS=32] [ROUNDS=50] [WORKERS=2]\n",
                     argv[0]);
        return 2;
    }
    const std::vector<std::string> docs = standalone_examples(argv[1]);
    const int clients = argc > 2 ? std::atoi(argv[2]) : 32;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 50;
    const size_t workers = argc > 4 ? static_cast<size_t>(std::atoi(argv[4])) : 2;

    potro::service::ApiConfig config;
    config.folders = potro::installed_folders();
    config.workers = workers;
    config.queue = static_cast<size_t>(clients) + 8;
    potro::service::Api api(config, {});
    potro::service::ServerConfig sc;
    sc.port = 0;
    sc.connection_threads = config.workers + config.queue + 16;
    potro::service::HttpServer server(sc, api, {});
    auto port = server.bind();
    if (!port) {
        std::fprintf(stderr, "%s\n", port.error().message.c_str());
        return 1;
    }
    std::thread serving([&] { server.run(); });

    std::printf("potro serve under load: %zu documents, %d clients x %d rounds, %zu workers\n",
                docs.size(), clients, rounds, workers);
    const long rss_start = rss_kb();
    std::printf("resident memory at start: %.1f MB\n", static_cast<double>(rss_start) / 1024);
    const Phase phases[] = {{"PDF", {"pdf"}}, {"PDF+DOCX", {"pdf", "docx"}}};
    std::atomic<long> total{0};
    long rss_peak = rss_start;
    for (const Phase& phase : phases) {
        std::vector<double> latencies;
        std::mutex mutex;
        std::atomic<long> failed{0};
        const auto t0 = Clock::now();
        std::vector<std::thread> threads;
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back([&, c] {
                httplib::Client client("127.0.0.1", port.value());
                client.set_read_timeout(60, 0);
                std::vector<double> mine;
                for (int r = 0; r < rounds; ++r) {
                    for (size_t d = 0; d < docs.size(); ++d) {
                        const std::string& doc = docs[(d + static_cast<size_t>(c)) % docs.size()];
                        for (const std::string& f : phase.formats) {
                            const auto s = Clock::now();
                            auto res = client.Post(("/api/render?format=" + f).c_str(), doc,
                                                   "application/xml");
                            mine.push_back(
                                std::chrono::duration<double, std::milli>(Clock::now() - s)
                                    .count());
                            if (!res || res->status != 200) ++failed;
                            const long n = ++total;
                            if (n % 2000 == 0) {
                                std::lock_guard lock(mutex);
                                const long now = rss_kb();
                                rss_peak = std::max(rss_peak, now);
                                std::printf("  after %6ld requests: resident %.1f MB\n", n,
                                            static_cast<double>(now) / 1024);
                            }
                        }
                    }
                }
                std::lock_guard lock(mutex);
                latencies.insert(latencies.end(), mine.begin(), mine.end());
            });
        }
        for (auto& t : threads) t.join();
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        const size_t n = latencies.size();
        std::printf(
            "%-9s %6zu requests in %6.2f s: %7.1f requests/s, %6.1f documents/s; latency p50 %.1f "
            "ms, "
            "p95 %.1f ms, p99 %.1f ms; %ld failed\n",
            phase.name, n, seconds, static_cast<double>(n) / seconds,
            static_cast<double>(n) / static_cast<double>(phase.formats.size()) / seconds,
            percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99),
            failed.load());
    }
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory: %.1f MB (server and clients in one process)\n",
                static_cast<double>(usage.ru_maxrss) / 1024);
    server.stop();
    serving.join();
    return 0;
}
