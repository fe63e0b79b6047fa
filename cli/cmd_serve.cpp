// `potro serve`: the HTTP API (and, later, the form) on this machine. Parses the options,
// starts the service, waits for SIGTERM or SIGINT in a thread of its own and stops the
// server, which finishes the requests in flight.
#include <signal.h>

#include <cstdio>
#include <string>
#include <thread>

#include "api.h"
#include "cli_util.h"
#include "commands.h"
#include "http_server.h"
#include "io/atomic_file.h"
#include "options.h"
#include "system_clock.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro serve [--listen HOST:PORT] [--data DIR] [--token-file F] [-j N] [options]\n"
    "\n"
    "Starts potro's web service: an HTTP API that renders, validates and issues documents of\n"
    "every kind (docs/serve.md; GET /api/openapi.json describes it). Stops on Ctrl-C or\n"
    "SIGTERM once the requests in flight are answered.\n"
    "\n"
    "      --listen HOST:PORT  where to listen (default 127.0.0.1:8080; port 0: any free one).\n"
    "                          An address other than loopback needs --token-file\n"
    "      --data DIR          where issued documents and the memo register are kept\n"
    "                          (POST /api/issue; without it the server issues nothing)\n"
    "      --token-file F      a file holding the bearer token every /api/ request must carry\n"
    "  -j, --jobs N            documents rendered at once (default: the number of cores)\n"
    "      --queue N           requests that may wait for a worker before 503 (default 64)\n"
    "      --max-body MB       the largest request body, in MB (default 4)\n"
    "      --read-timeout S    drop a client that sends nothing for S seconds (default 10)\n"
    "      --allow-origin URL  the one web origin allowed to call the API from a browser\n"
    "                          (CORS); none by default\n"
    "      --templates DIR     the templates folder (default: potro's own)\n"
    "  -q, --quiet             no line per request on standard error\n"
    "  -h, --help              this help\n";

// "HOST:PORT", "[::1]:PORT" or ":PORT".
bool parse_listen(const std::string& s, std::string* host, int* port) {
    const size_t colon = s.rfind(':');
    if (colon == std::string::npos) return false;
    std::string h = s.substr(0, colon);
    if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
    double p = 0;
    if (!parse_number(s.substr(colon + 1).c_str(), 0, 65535, &p) || p != static_cast<int>(p))
        return false;
    *host = h.empty() ? "127.0.0.1" : h;
    *port = static_cast<int>(p);
    return true;
}

}  // namespace

int run_serve(int argc, char** argv) {
    enum { kListen = 1000, kData, kTokenFile, kQueue, kMaxBody, kAllowOrigin, kReadTimeout };
    SourceOptions source;
    service::ServerConfig server;
    service::ApiConfig api;
    api.workers = std::max(1u, std::thread::hardware_concurrency());
    std::string token_file;
    bool quiet = false;
    OptionParser parser("serve");
    parser.with(source).own("listen", true, kListen).own("data", true, kData);
    parser.own("token-file", true, kTokenFile).own("jobs", true, 'j').own("queue", true, kQueue);
    parser.own("max-body", true, kMaxBody).own("allow-origin", true, kAllowOrigin);
    parser.own("read-timeout", true, kReadTimeout);
    parser.own("quiet", false, 'q').own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "j:qh", [&](int c, const char* v) -> std::optional<int> {
        double n = 0;
        switch (c) {
            case kListen:
                if (!parse_listen(v, &server.host, &server.port))
                    return usage_error("serve", "--listen takes HOST:PORT, e.g. 127.0.0.1:8080");
                break;
            case kData:
                api.data_dir = v;
                break;
            case kTokenFile:
                token_file = v;
                break;
            case 'j':
                if (!parse_number(v, 1, 256, &n) || n != static_cast<int>(n))
                    return usage_error("serve", "-j takes a whole number from 1 to 256");
                api.workers = static_cast<size_t>(n);
                break;
            case kQueue:
                if (!parse_number(v, 0, 10000, &n) || n != static_cast<int>(n))
                    return usage_error("serve", "--queue takes a whole number from 0 to 10000");
                api.queue = static_cast<size_t>(n);
                break;
            case kMaxBody:
                if (!parse_number(v, 0.001, 256, &n))
                    return usage_error("serve", "--max-body takes a size in MB from 0.001 to 256");
                server.max_body = static_cast<size_t>(n * (1 << 20));
                break;
            case kReadTimeout:
                if (!parse_number(v, 1, 3600, &n) || n != static_cast<int>(n))
                    return usage_error("serve",
                                       "--read-timeout takes whole seconds from 1 to 3600");
                server.read_timeout_seconds = static_cast<int>(n);
                break;
            case kAllowOrigin:
                server.allow_origin = v;
                break;
            case 'q':
                quiet = true;
                break;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
            default:
                return usage_error("serve", "unknown option");
        }
        return std::nullopt;
    });
    if (stop) return *stop;
    if (optind != argc) return usage_error("serve", "takes no file; see potro serve --help");
    if (!token_file.empty()) {
        auto token = read_file(token_file, 4096);
        if (!token) {
            std::fprintf(stderr, "%s\n", token.error().to_string().c_str());
            return kExitUsage;
        }
        std::string t = token.value();
        while (!t.empty() && (t.back() == '\n' || t.back() == '\r' || t.back() == ' '))
            t.pop_back();
        if (t.size() < 16) {
            return usage_error("serve", "the token in " + token_file +
                                            " is shorter than 16 characters; make a longer one "
                                            "(openssl rand -hex 32)");
        }
        server.token = t;
    }
    if (!service::is_loopback(server.host) && server.token.empty()) {
        return usage_error("serve", "listening on " + server.host +
                                        " lets other machines in; give --token-file F (a "
                                        "bearer token every request must carry)");
    }
    api.folders = source.folders();
    server.connection_threads = api.workers + api.queue + 16;

    // Signals are taken by one thread that waits for them; every other thread (made after
    // this) has them blocked.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    service::Api service_api(api, &system_now);
    service::HttpServer http(server, service_api, [quiet](const std::string& line) {
        if (!quiet) std::fprintf(stderr, "%s\n", line.c_str());
    });
    auto port = http.bind();
    if (!port) {
        std::fprintf(stderr, "potro serve: %s\n", port.error().message.c_str());
        return kExitUsage;
    }
    const std::string shown =
        server.host.find(':') != std::string::npos ? "[" + server.host + "]" : server.host;
    std::fprintf(stderr, "potro serve: listening on http://%s:%d/ (%zu workers%s%s)\n",
                 shown.c_str(), port.value(), api.workers,
                 server.token.empty() ? "" : ", every request needs the bearer token",
                 api.data_dir.empty() ? ", no --data: nothing can be issued" : "");
    std::fflush(stderr);
    std::thread waiter([&http, signals] {
        int got = 0;
        sigwait(&signals, &got);
        http.stop();
    });
    http.run();
    // The server stopped: wake the waiter if it is still waiting (stop() came from elsewhere).
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    std::fprintf(stderr, "potro serve: stopped\n");
    return kExitOk;
}

}  // namespace potro::cli
