#include "register/memo_register.h"

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace potro {

namespace {

// Another potro holding the write lock finishes its few statements within milliseconds; a
// minute of waiting only runs out when something is stuck.
constexpr int kBusyTimeoutMs = 60000;

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS memo_serial ("
    "  file_code TEXT NOT NULL,"
    "  year INTEGER NOT NULL,"
    "  serial INTEGER NOT NULL,"
    "  document TEXT NOT NULL,"
    "  PRIMARY KEY (file_code, year, serial),"
    "  UNIQUE (file_code, year, document)"
    ") WITHOUT ROWID;";

// A prepared statement that finalizes itself.
class Statement {
  public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
    ~Statement() { sqlite3_finalize(s_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return s_ != nullptr; }
    sqlite3_stmt* get() const { return s_; }
    void reset() {
        sqlite3_reset(s_);
        sqlite3_clear_bindings(s_);
    }
    void bind(int i, const std::string& v) {
        sqlite3_bind_text(s_, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }

  private:
    sqlite3_stmt* s_ = nullptr;
};

// Runs `sql`, retrying while the database is locked by another process in a way the busy
// handler does not cover (changing the journal mode, the first CREATE).
int exec_retrying(sqlite3* db, const char* sql) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    for (;;) {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) ||
            std::chrono::steady_clock::now() > deadline)
            return rc;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace

Diagnostic MemoRegister::error(const std::string& what) const {
    return make_error({path_, 0, 0}, "memo register: " + what + ": " +
                                         (db_ ? sqlite3_errmsg(db_) : "cannot open") +
                                         "; check that the file is a potro register and writable");
}

Result<MemoRegister> MemoRegister::open(const std::string& path) {
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(path.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    MemoRegister reg(path, db);
    if (rc != SQLITE_OK) return reg.error("cannot open");
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // WAL lets readers go on while one process assigns; FULL sync makes a handed-out number
    // survive a power cut, so it is never handed out again.
    if (exec_retrying(db, "PRAGMA journal_mode=WAL;") != SQLITE_OK ||
        exec_retrying(db, "PRAGMA synchronous=FULL;") != SQLITE_OK)
        return reg.error("cannot set up");
    if (exec_retrying(db, kSchema) != SQLITE_OK) return reg.error("cannot create its table");
    return reg;
}

MemoRegister::MemoRegister(MemoRegister&& o) noexcept : path_(std::move(o.path_)), db_(o.db_) {
    o.db_ = nullptr;
}

MemoRegister& MemoRegister::operator=(MemoRegister&& o) noexcept {
    if (this != &o) {
        if (db_) sqlite3_close(db_);
        path_ = std::move(o.path_);
        db_ = o.db_;
        o.db_ = nullptr;
    }
    return *this;
}

MemoRegister::~MemoRegister() {
    if (db_) sqlite3_close(db_);
}

Result<std::vector<int64_t>> MemoRegister::assign(const std::vector<SerialRequest>& requests) {
    std::vector<int64_t> serials;
    if (requests.empty()) return serials;
    // IMMEDIATE takes the write lock before reading, so two processes cannot both read the
    // same highest serial and hand out the next one twice.
    if (exec_retrying(db_, "BEGIN IMMEDIATE;") != SQLITE_OK) return error("cannot lock");
    auto rollback = [&](const std::string& what) -> Result<std::vector<int64_t>> {
        Diagnostic d = error(what);
        sqlite3_exec(db_, "ROLLBACK;", nullptr, nullptr, nullptr);
        return d;
    };
    Statement existing(db_,
                       "SELECT serial FROM memo_serial WHERE file_code=?1 AND year=?2 AND "
                       "document=?3;");
    Statement highest(db_,
                      "SELECT COALESCE(MAX(serial), 0) FROM memo_serial WHERE file_code=?1 AND "
                      "year=?2;");
    Statement insert(db_,
                     "INSERT INTO memo_serial (file_code, year, serial, document) VALUES "
                     "(?1, ?2, ?3, ?4);");
    if (!existing.ok() || !highest.ok() || !insert.ok()) return rollback("cannot read");
    for (const SerialRequest& r : requests) {
        existing.reset();
        existing.bind(1, r.file_code);
        existing.bind(2, int64_t{r.year});
        existing.bind(3, r.document);
        int rc = sqlite3_step(existing.get());
        if (rc == SQLITE_ROW) {
            serials.push_back(sqlite3_column_int64(existing.get(), 0));
            continue;
        }
        if (rc != SQLITE_DONE) return rollback("cannot read");
        highest.reset();
        highest.bind(1, r.file_code);
        highest.bind(2, int64_t{r.year});
        if (sqlite3_step(highest.get()) != SQLITE_ROW) return rollback("cannot read");
        const int64_t next = sqlite3_column_int64(highest.get(), 0) + 1;
        insert.reset();
        insert.bind(1, r.file_code);
        insert.bind(2, int64_t{r.year});
        insert.bind(3, next);
        insert.bind(4, r.document);
        if (sqlite3_step(insert.get()) != SQLITE_DONE) return rollback("cannot record a serial");
        serials.push_back(next);
    }
    if (exec_retrying(db_, "COMMIT;") != SQLITE_OK) return rollback("cannot commit");
    return serials;
}

Result<std::vector<MemoRegister::Entry>> MemoRegister::entries() const {
    Statement all(db_,
                  "SELECT file_code, year, serial, document FROM memo_serial ORDER BY file_code, "
                  "year, serial;");
    if (!all.ok()) return error("cannot read");
    std::vector<Entry> out;
    int rc;
    while ((rc = sqlite3_step(all.get())) == SQLITE_ROW) {
        out.push_back({reinterpret_cast<const char*>(sqlite3_column_text(all.get(), 0)),
                       sqlite3_column_int(all.get(), 1), sqlite3_column_int64(all.get(), 2),
                       reinterpret_cast<const char*>(sqlite3_column_text(all.get(), 3))});
    }
    if (rc != SQLITE_DONE) return error("cannot read");
    return out;
}

}  // namespace potro
