// Drafts the form saves on the server: a document as JSON with what a list shows of it (kind,
// subject, date), kept in DATA/drafts.sqlite so that they survive a restart.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro::service {

struct DraftSummary {
    int64_t id = 0;
    std::string kind;     // "minutes"
    std::string subject;  // as typed
    std::string date;     // YYYY-MM-DD: the document's (or the meeting's) date
    int64_t updated = 0;  // unix seconds, from the server's clock
};

class Drafts {
  public:
    static Result<std::unique_ptr<Drafts>> open(const std::string& path);
    ~Drafts();
    Drafts(const Drafts&) = delete;
    Drafts& operator=(const Drafts&) = delete;

    // `document` is JSON text; id 0 makes a new draft. The draft's id.
    Result<int64_t> save(int64_t id, const std::string& document, int64_t now);
    std::optional<std::string> document(int64_t id);
    bool remove(int64_t id);
    std::vector<DraftSummary> list();

  private:
    explicit Drafts(void* db) : db_(db) {}
    void* db_;  // sqlite3, kept out of this header
};

}  // namespace potro::service
