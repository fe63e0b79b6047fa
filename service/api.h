// The service's API, apart from HTTP: a request (method, path, query, body) in, a reply
// (status, media type, body) out. The HTTP layer (http_server.h) only carries them; the tests
// call handle() directly too. handle() never throws: anything unexpected is a 500 with a
// one-line message.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "potro/source.h"

namespace potro::service {

struct ApiConfig {
    FileSource::Folders folders;  // templates, fonts, profiles
    std::string data_dir;         // issued documents and the memo register; empty: no issuing
    size_t workers = 2;           // documents rendered at once
    size_t queue = 64;            // requests that may wait for a worker before 503
    int queue_wait_seconds = 30;  // how long a request may wait for a worker before 503
};

struct ApiRequest {
    std::string method;  // "GET", "POST"
    std::string path;    // "/api/render"
    std::map<std::string, std::string> query;
    std::string content_type;  // without parameters, lower case: "application/xml"
    std::string body;
};

struct ApiReply {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

class Api {
  public:
    Api(ApiConfig config, Clock clock);
    ~Api();
    Api(const Api&) = delete;
    Api& operator=(const Api&) = delete;

    ApiReply handle(const ApiRequest& request);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace potro::service
