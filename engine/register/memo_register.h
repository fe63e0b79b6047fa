// The office's memo register: it hands out the next letter serial for a file code and year,
// never the same one twice (also when several potro processes use it at once), and remembers
// which document got which serial, so a document exported again keeps its number.
// One SQLite file; each assignment is one transaction that takes the write lock first.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "potro/diagnostic.h"

struct sqlite3;

namespace potro {

// A document asking for a serial in the file `file_code` for letters of `year`.
struct SerialRequest {
    std::string file_code;  // "05.47.0000.005.06.006.22"
    int year = 0;           // the letter's year
    std::string document;   // the key the register files the document under
};

class MemoRegister {
  public:
    // Opens (creating if need be) the register file.
    static Result<MemoRegister> open(const std::string& path);
    MemoRegister(MemoRegister&&) noexcept;
    MemoRegister& operator=(MemoRegister&&) noexcept;
    ~MemoRegister();

    // The serial of each request, in order: the one the document already has, else the next
    // after the highest handed out for that file code and year. All in one transaction.
    Result<std::vector<int64_t>> assign(const std::vector<SerialRequest>& requests);

    // Every serial handed out, as (file code, year, serial, document), in that order.
    struct Entry {
        std::string file_code;
        int year = 0;
        int64_t serial = 0;
        std::string document;
    };
    Result<std::vector<Entry>> entries() const;

  private:
    MemoRegister(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}
    Diagnostic error(const std::string& what) const;

    std::string path_;
    sqlite3* db_ = nullptr;
};

}  // namespace potro
