// Where potro's inputs come from. Every byte the library reads — a document, the letterhead
// and emblem it names, templates and schemas, fonts, the colour profile — comes through a
// Source by name, and so does the time (signing). The command line and bulk export use a
// FileSource; a program that holds the document in memory uses a MemorySource.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "potro/diagnostic.h"

namespace potro {

// The kinds of place a name can point into.
enum class Area {
    Document,   // the documents and the files they name, relative to each other
    Templates,  // potro's templates: "minutes/standard.xml", "minutes.rng", "offices/x.xml"
    Fonts,      // font files: "NotoSerifBengali-Regular.ttf"
    Profiles,   // colour profiles: "sRGB.icc"
};

// A file as a Source names it: an area and a '/'-separated path inside it.
struct SourceName {
    Area area = Area::Document;
    std::string path;

    auto operator<=>(const SourceName&) const = default;
    bool operator==(const SourceName&) const = default;
    // The folder the file is in, in the same area ("" for the area's top).
    SourceName folder() const;
    // `relative` (a '/'-separated path without "..") inside this folder.
    SourceName join(const std::string& relative) const;
};

// A moment on the wall clock, with the offset of the local time zone, for what must record
// when it happened (a signature's time). Documents themselves never read it.
struct Moment {
    int64_t unix_seconds = 0;
    int utc_offset_minutes = 0;
};

// How a name a document wrote was found.
enum class Lookup {
    Found,
    Missing,
    NotAFile,      // a folder or a device
    LeavesFolder,  // found, but through a symbolic link that leads outside its folder
};

class Source {
  public:
    virtual ~Source() = default;

    // The bytes stored under `name`; an error names the file and says why.
    virtual Result<std::string> read(const SourceName& name) const = 0;
    // The first `max_bytes` of a file (to see what it is without reading it all).
    virtual Result<std::string> read_head(const SourceName& name, size_t max_bytes) const {
        auto bytes = read(name);
        if (bytes && bytes.value().size() > max_bytes) bytes.value().resize(max_bytes);
        return bytes;
    }
    // Whether `name` is there, and (for a file system) really inside `folder`.
    virtual Lookup find(const SourceName& name, const SourceName& folder) const = 0;
    // The file names (not folders) directly inside `folder`, sorted.
    virtual std::vector<std::string> list(const SourceName& folder) const = 0;
    // How diagnostics print the name: a file system path, or the name itself.
    virtual std::string describe(const SourceName& name) const = 0;
    // A name for the file that is the same however it was reached (an absolute path with
    // links resolved): what a memo register files a document without an id under.
    virtual std::string identity(const SourceName& name) const { return describe(name); }
    // The time now (only signing asks).
    virtual Moment now() const = 0;
};

// Where a source's "now" comes from; the library never reads the wall clock itself.
using Clock = std::function<Moment()>;

// Files on disk. Document names are paths as the user gave them (relative to the working
// folder, or absolute); the other areas are folders given when the source is made. The clock
// is the caller's (a program passes the system's); without one, now() is the Unix epoch.
class FileSource final : public Source {
  public:
    struct Folders {
        std::string templates;  // potro's templates folder
        std::string fonts;      // the bundled fonts' folder
        std::string profiles;   // where sRGB.icc is found (a folder), or a profile file itself
    };
    explicit FileSource(Folders folders, Clock clock = {});

    Result<std::string> read(const SourceName& name) const override;
    Result<std::string> read_head(const SourceName& name, size_t max_bytes) const override;
    Lookup find(const SourceName& name, const SourceName& folder) const override;
    std::vector<std::string> list(const SourceName& folder) const override;
    std::string describe(const SourceName& name) const override;
    std::string identity(const SourceName& name) const override;
    Moment now() const override;

    const Folders& folders() const { return folders_; }

  private:
    std::string path_of(const SourceName& name) const;
    Folders folders_;
    Clock clock_;
};

// Where potro keeps its templates, fonts and colour profiles: the installed folders when
// potro is installed, else the source tree the build was made from.
FileSource::Folders installed_folders();

// Files held in memory, by name; a fixed clock. Nothing is ever read from disk.
class MemorySource final : public Source {
  public:
    MemorySource() = default;
    explicit MemorySource(Moment now) : now_(now) {}

    void add(SourceName name, std::string bytes);

    Result<std::string> read(const SourceName& name) const override;
    Lookup find(const SourceName& name, const SourceName& folder) const override;
    std::vector<std::string> list(const SourceName& folder) const override;
    std::string describe(const SourceName& name) const override;
    Moment now() const override { return now_; }

  private:
    std::map<SourceName, std::string> files_;
    Moment now_;
};

}  // namespace potro
