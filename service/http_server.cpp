#include "http_server.h"

#include <openssl/crypto.h>

#include <httplib.h>
#include <chrono>
#include <cstdio>

#include "diagnostics_json.h"

namespace potro::service {

namespace {

using Clock = std::chrono::steady_clock;

// The media type without its parameters, lower case: "application/xml; charset=utf-8" →
// "application/xml".
std::string media_type(const std::string& header) {
    std::string t = header.substr(0, header.find(';'));
    while (!t.empty() && t.back() == ' ') t.pop_back();
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return t;
}

// In constant time for a token of the right length: how long a comparison takes says nothing
// of how much of the token a guess got right.
bool same_token(const std::string& given, const std::string& token) {
    return given.size() == token.size() &&
           CRYPTO_memcmp(given.data(), token.data(), token.size()) == 0;
}

bool guarded(const std::string& path) {
    return path.rfind("/api/", 0) == 0 || path.rfind("/files/", 0) == 0;
}

// When the request being served on this thread began: the log gives each its time.
thread_local Clock::time_point request_start{};

}  // namespace

bool is_loopback(const std::string& host) {
    return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

struct HttpServer::Impl {
    ServerConfig config;
    Api& api;
    LogFn log;
    httplib::Server server;

    Impl(ServerConfig c, Api& a, LogFn l) : config(std::move(c)), api(a), log(std::move(l)) {}

    void answer(const httplib::Request& req, httplib::Response& res) {
        ApiRequest r;
        r.method = req.method;
        r.path = req.path;
        for (const auto& [k, v] : req.params) r.query.emplace(k, v);
        r.content_type = media_type(req.get_header_value("Content-Type"));
        r.body = req.body;
        ApiReply reply = api.handle(r);
        res.status = reply.status;
        for (const auto& [k, v] : reply.headers) res.set_header(k, v);
        res.set_content(std::move(reply.body), reply.content_type.c_str());
    }

    void set_up() {
        const size_t threads = std::max<size_t>(config.connection_threads, 4);
        server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
        server.set_payload_max_length(config.max_body);
        server.set_read_timeout(config.read_timeout_seconds, 0);
        server.set_write_timeout(30, 0);
        server.set_keep_alive_timeout(5);
        server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
            request_start = Clock::now();
            if (!config.allow_origin.empty()) {
                res.set_header("Access-Control-Allow-Origin", config.allow_origin);
                res.set_header("Vary", "Origin");
            }
            if (req.method == "OPTIONS" && !config.allow_origin.empty()) {
                res.status = 204;
                res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
                return httplib::Server::HandlerResponse::Handled;
            }
            if (!config.token.empty() && guarded(req.path)) {
                const std::string auth = req.get_header_value("Authorization");
                const std::string bearer = "Bearer ";
                const std::string given =
                    auth.rfind(bearer, 0) == 0 ? auth.substr(bearer.size()) : "";
                if (!same_token(given, config.token)) {
                    res.status = 401;
                    res.set_header("WWW-Authenticate", "Bearer");
                    res.set_content(json_text({{"error",
                                                "this server needs its token: send "
                                                "Authorization: Bearer TOKEN"}}) +
                                        "\n",
                                    "application/json");
                    return httplib::Server::HandlerResponse::Handled;
                }
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });
        auto handler = [this](const httplib::Request& req, httplib::Response& res) {
            answer(req, res);
        };
        server.Get(R"(/.*)", handler);
        server.Post(R"(/.*)", handler);
        server.Put(R"(/.*)", handler);
        server.Delete(R"(/.*)", handler);
        server.Patch(R"(/.*)", handler);
        server.Options(R"(/.*)", handler);
        // What httplib refuses itself (a body over the limit, a malformed request) gets a
        // message too.
        server.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return;
            std::string message = "the request could not be read";
            if (res.status == 413) {
                message = "the document is larger than this server takes (" +
                          std::to_string(config.max_body >> 20) + " MB)";
            }
            res.set_content(json_text({{"error", message}}) + "\n", "application/json");
        });
        server.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
            const auto start = request_start;
            request_start = {};
            const double ms =
                start == Clock::time_point{}
                    ? 0.0
                    : std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            char line[512];
            std::snprintf(line, sizeof line, "%s %s %d %.1f ms %zu bytes", req.method.c_str(),
                          req.path.substr(0, 200).c_str(), res.status, ms, res.body.size());
            if (log) log(line);
        });
    }
};

HttpServer::HttpServer(ServerConfig config, Api& api, LogFn log)
    : impl_(std::make_unique<Impl>(std::move(config), api, std::move(log))) {
    impl_->set_up();
}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::bind() {
    const std::string host = impl_->config.host == "localhost" ? "127.0.0.1" : impl_->config.host;
    int port = impl_->config.port;
    if (port == 0) {
        port = impl_->server.bind_to_any_port(host);
        if (port < 0) port = 0;
    } else if (!impl_->server.bind_to_port(host, port)) {
        port = 0;
    }
    if (port == 0) {
        return make_error({}, "cannot listen on " + impl_->config.host + ":" +
                                  std::to_string(impl_->config.port) +
                                  " (in use, or not an address of this machine); choose "
                                  "another with --listen HOST:PORT");
    }
    return port;
}

void HttpServer::run() {
    impl_->server.listen_after_bind();
}

void HttpServer::stop() {
    impl_->server.stop();
}

}  // namespace potro::service
