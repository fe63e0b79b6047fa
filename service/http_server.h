// `potro serve`'s HTTP layer: carries requests to the Api and its replies back, and nothing
// else — the bearer token, CORS, body and time limits, one log line per request, and a clean
// stop. Built on cpp-httplib (Debian's libcpp-httplib): blocking sockets and a thread per
// connection are what a service of a few dozen clients needs, and it is one header and one
// small library, where Boost.Beast would bring Asio's whole asynchronous model for no gain.
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "api.h"

namespace potro::service {

struct ServerConfig {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string token;         // every /api/ and /files/ request must carry it; empty: none
    std::string allow_origin;  // the one origin CORS allows; empty: no CORS headers
    size_t max_body = size_t{4} << 20;
    int read_timeout_seconds = 10;  // a client that sends nothing for this long is dropped
    size_t connection_threads = 80;
};

using LogFn = std::function<void(const std::string& line)>;

// Whether `host` is a loopback address (127.0.0.0/8, ::1, localhost): the only ones served
// without a token.
bool is_loopback(const std::string& host);

class HttpServer {
  public:
    HttpServer(ServerConfig config, Api& api, LogFn log);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds the address; the port actually bound (given port 0, a free one), or an error.
    Result<int> bind();
    // Serves until stop(); requests in flight finish first.
    void run();
    // Safe from any thread (not from a signal handler: the CLI waits for signals in a thread).
    void stop();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace potro::service
