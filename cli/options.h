// The options several commands share, as groups each command takes what it needs of — where
// documents and templates come from, the formats written, archival PDF, the memo register —
// and one parser over them, with one message for an unknown option.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "potro/source.h"

namespace potro::cli {

// --templates DIR, --allow-absolute-paths; the environment (POTRO_TEMPLATE_DIR,
// POTRO_FONT_DIR, POTRO_ICC_PROFILE) is read here, the library never reads it.
struct SourceOptions {
    std::string templates;  // empty: the environment's or the installed folder
    bool allow_absolute_paths = false;
    FileSource::Folders folders() const;
    // The source the command reads through: the files on disk in these folders, with `clock`
    // for what records the time (signing) — or what a program running the commands set.
    std::shared_ptr<const Source> open(Clock clock = {}) const;
};

// Makes the source every command reads through, from the folders its options name. A program
// that runs the commands itself may read from elsewhere: the CLI fuzz target gives a
// MemorySource, so a run never depends on what the disk holds. Empty: files on disk.
using SourceMaker =
    std::function<std::shared_ptr<const Source>(const FileSource::Folders&, const Clock&)>;
void set_source_maker(SourceMaker maker);

// --pdf, --docx … (one option per exporter): the formats asked for; none: the defaults.
struct FormatOptions {
    std::vector<std::string> formats;
};

// --pdfa[=2|3], --no-pdfa.
struct ArchiveOptions {
    std::optional<int> pdfa_part;
};

// --register FILE.
struct RegisterOptions {
    std::string path;
};

class OptionParser {
  public:
    explicit OptionParser(const char* command) : command_(command) {}

    OptionParser& with(SourceOptions& o);
    OptionParser& with(FormatOptions& o);
    OptionParser& with(ArchiveOptions& o);
    OptionParser& with(RegisterOptions& o);
    // One of the command's own long options, reported to `parse`'s callback by `code` (which
    // may be a short option's letter).
    OptionParser& own(const char* name, bool takes_value, int code);

    // The command's own options go to `on_own`, which returns an exit code to stop with, or
    // nothing to go on. Returns an exit code when parsing stops (help, a usage error), else
    // nothing; the operands start at `optind`.
    using OwnHandler = std::function<std::optional<int>(int code, const char* value)>;
    std::optional<int> parse(int argc, char** argv, const char* shorts, const OwnHandler& on_own);

  private:
    struct Entry {
        std::string name;
        int has_arg;
        int code;
    };
    const char* command_;
    std::vector<Entry> entries_;
    SourceOptions* source_ = nullptr;
    FormatOptions* formats_ = nullptr;
    ArchiveOptions* archive_ = nullptr;
    RegisterOptions* register_ = nullptr;
};

}  // namespace potro::cli
