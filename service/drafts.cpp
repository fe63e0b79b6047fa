#include "drafts.h"

#include <sqlite3.h>

#include <mutex>
#include <nlohmann/json.hpp>

namespace potro::service {

namespace {

sqlite3* db_of(void* p) {
    return static_cast<sqlite3*>(p);
}

// One connection is shared by the server's threads; SQLite serializes it, and this keeps each
// statement's prepare-step-finalize together.
std::mutex& lock_of() {
    static std::mutex m;
    return m;
}

struct Stmt {
    Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    void text(int i, const std::string& v) {
        sqlite3_bind_text(s, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    }
    std::string column(int i) {
        const unsigned char* t = sqlite3_column_text(s, i);
        return t ? reinterpret_cast<const char*>(t) : "";
    }
    sqlite3_stmt* s = nullptr;
};

// What the list shows: the root's kind, its subject and its date (a meeting's date if the
// document has no date of its own).
DraftSummary summary_of(const std::string& document) {
    DraftSummary d;
    auto j = nlohmann::ordered_json::parse(document, nullptr, false);
    if (!j.is_object() || j.empty()) return d;
    d.kind = j.begin().key();
    const auto& root = j.begin().value();
    if (!root.is_object()) return d;
    auto text = [](const nlohmann::ordered_json& v) {
        return v.is_string() ? v.get<std::string>() : std::string();
    };
    if (root.contains("subject")) d.subject = text(root["subject"]);
    if (root.contains("date")) d.date = text(root["date"]);
    if (d.date.empty() && root.contains("meeting") && root["meeting"].is_object() &&
        root["meeting"].contains("date"))
        d.date = text(root["meeting"]["date"]);
    return d;
}

}  // namespace

Result<std::unique_ptr<Drafts>> Drafts::open(const std::string& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string why = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return make_error({path, 0, 0}, "cannot open the drafts: " + why);
    }
    sqlite3_busy_timeout(db, 10000);
    const char* schema =
        "PRAGMA journal_mode=WAL;"
        "CREATE TABLE IF NOT EXISTS draft ("
        "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
        "  kind TEXT NOT NULL, subject TEXT NOT NULL, date TEXT NOT NULL,"
        "  document TEXT NOT NULL, updated INTEGER NOT NULL);";
    if (sqlite3_exec(db, schema, nullptr, nullptr, nullptr) != SQLITE_OK) {
        const std::string why = sqlite3_errmsg(db);
        sqlite3_close(db);
        return make_error({path, 0, 0}, "cannot use the drafts: " + why);
    }
    return std::unique_ptr<Drafts>(new Drafts(db));
}

Drafts::~Drafts() {
    sqlite3_close(db_of(db_));
}

Result<int64_t> Drafts::save(int64_t id, const std::string& document, int64_t now) {
    const DraftSummary s = summary_of(document);
    std::lock_guard lock(lock_of());
    sqlite3* db = db_of(db_);
    Stmt st(
        db,
        id == 0
            ? "INSERT INTO draft (kind, subject, date, document, updated) VALUES (?1, ?2, ?3, ?4, "
              "?5)"
            : "UPDATE draft SET kind=?1, subject=?2, date=?3, document=?4, updated=?5 WHERE id=?6");
    st.text(1, s.kind);
    st.text(2, s.subject);
    st.text(3, s.date);
    st.text(4, document);
    sqlite3_bind_int64(st.s, 5, now);
    if (id != 0) sqlite3_bind_int64(st.s, 6, id);
    if (sqlite3_step(st.s) != SQLITE_DONE)
        return make_error({}, std::string("cannot save the draft: ") + sqlite3_errmsg(db));
    if (id != 0 && sqlite3_changes(db) == 0)
        return make_error({}, "there is no draft " + std::to_string(id));
    return id != 0 ? id : sqlite3_last_insert_rowid(db);
}

std::optional<std::string> Drafts::document(int64_t id) {
    std::lock_guard lock(lock_of());
    Stmt st(db_of(db_), "SELECT document FROM draft WHERE id=?1");
    sqlite3_bind_int64(st.s, 1, id);
    if (sqlite3_step(st.s) != SQLITE_ROW) return std::nullopt;
    return st.column(0);
}

bool Drafts::remove(int64_t id) {
    std::lock_guard lock(lock_of());
    Stmt st(db_of(db_), "DELETE FROM draft WHERE id=?1");
    sqlite3_bind_int64(st.s, 1, id);
    return sqlite3_step(st.s) == SQLITE_DONE && sqlite3_changes(db_of(db_)) > 0;
}

std::vector<DraftSummary> Drafts::list() {
    std::lock_guard lock(lock_of());
    Stmt st(db_of(db_),
            "SELECT id, kind, subject, date, updated FROM draft ORDER BY updated DESC, id DESC");
    std::vector<DraftSummary> out;
    while (sqlite3_step(st.s) == SQLITE_ROW) {
        out.push_back({sqlite3_column_int64(st.s, 0), st.column(1), st.column(2), st.column(3),
                       sqlite3_column_int64(st.s, 4)});
    }
    return out;
}

}  // namespace potro::service
