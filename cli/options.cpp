#include "options.h"

#include <getopt.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "cli_util.h"
#include "export/exporter.h"

namespace potro::cli {

namespace {

enum : int {
    kTemplates = 2000,
    kAllowAbsolute,
    kPdfa,
    kNoPdfa,
    kRegister,
    kFormat = 2100,  // + the exporter's index
};

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? v : "";
}

}  // namespace

FileSource::Folders SourceOptions::folders() const {
    FileSource::Folders f = installed_folders();
    if (!env("POTRO_TEMPLATE_DIR").empty()) f.templates = env("POTRO_TEMPLATE_DIR");
    if (!env("POTRO_FONT_DIR").empty()) f.fonts = env("POTRO_FONT_DIR");
    if (!env("POTRO_ICC_PROFILE").empty()) f.profiles = env("POTRO_ICC_PROFILE");
    if (!templates.empty()) f.templates = templates;
    return f;
}

namespace {
SourceMaker& source_maker() {
    static SourceMaker maker;
    return maker;
}
}  // namespace

void set_source_maker(SourceMaker maker) {
    source_maker() = std::move(maker);
}

std::shared_ptr<const Source> SourceOptions::open(Clock clock) const {
    if (source_maker()) return source_maker()(folders(), clock);
    return std::make_shared<FileSource>(folders(), std::move(clock));
}

OptionParser& OptionParser::with(SourceOptions& o) {
    source_ = &o;
    entries_.push_back({"templates", required_argument, kTemplates});
    entries_.push_back({"allow-absolute-paths", no_argument, kAllowAbsolute});
    return *this;
}

OptionParser& OptionParser::with(FormatOptions& o) {
    formats_ = &o;
    const auto& all = exporters();
    for (size_t i = 0; i < all.size(); ++i)
        entries_.push_back({all[i]->format(), no_argument, kFormat + static_cast<int>(i)});
    return *this;
}

OptionParser& OptionParser::with(ArchiveOptions& o) {
    archive_ = &o;
    entries_.push_back({"pdfa", optional_argument, kPdfa});
    entries_.push_back({"no-pdfa", no_argument, kNoPdfa});
    return *this;
}

OptionParser& OptionParser::with(RegisterOptions& o) {
    register_ = &o;
    entries_.push_back({"register", required_argument, kRegister});
    return *this;
}

OptionParser& OptionParser::own(const char* name, bool takes_value, int code) {
    entries_.push_back({name, takes_value ? required_argument : no_argument, code});
    return *this;
}

std::optional<int> OptionParser::parse(int argc, char** argv, const char* shorts,
                                       const OwnHandler& on_own) {
    std::vector<option> table;
    for (const Entry& e : entries_) table.push_back({e.name.c_str(), e.has_arg, nullptr, e.code});
    table.push_back({nullptr, 0, nullptr, 0});
    // getopt's own messages would say it a second time, in other words.
    opterr = 0;
    // 0, not 1: glibc then also forgets where it stopped inside the last command line's
    // arguments (a parse run twice in one process read freed memory, found by the CLI fuzzer).
    optind = 0;
    const std::string spec = std::string(":") + shorts;
    int c;
    while ((c = getopt_long(argc, argv, spec.c_str(), table.data(), nullptr)) != -1) {
        if (c == '?' || c == ':') {
            const std::string given = argv[optind - 1];
            return usage_error(command_, (c == ':' ? "the option " + given + " needs a value"
                                                   : "unknown option " + given));
        }
        if (source_ && c == kTemplates) {
            source_->templates = optarg;
            std::error_code ec;
            if (!std::filesystem::is_directory(source_->templates, ec)) {
                return usage_error(command_, "--templates names no folder: \"" +
                                                 source_->templates +
                                                 "\" (give the folder that holds minutes/, "
                                                 "letter/ and the other kinds' templates)");
            }
        } else if (source_ && c == kAllowAbsolute) {
            source_->allow_absolute_paths = true;
        } else if (archive_ && c == kPdfa) {
            if (!parse_pdfa(optarg, &archive_->pdfa_part))
                return usage_error(command_, "--pdfa takes 2 or 3 (--pdfa=3)");
        } else if (archive_ && c == kNoPdfa) {
            archive_->pdfa_part = 0;
        } else if (register_ && c == kRegister) {
            register_->path = optarg;
        } else if (formats_ && c >= kFormat && c < kFormat + static_cast<int>(exporters().size())) {
            const std::string f = exporters()[static_cast<size_t>(c - kFormat)]->format();
            bool known = false;
            for (const auto& have : formats_->formats) known = known || have == f;
            if (!known) formats_->formats.push_back(f);
        } else if (auto stop = on_own(c, optarg)) {
            return stop;
        }
    }
    // Outputs in the registry's order, whatever the order of the options.
    if (formats_) {
        std::vector<std::string> ordered;
        for (const Exporter* e : exporters()) {
            for (const auto& f : formats_->formats)
                if (f == e->format()) ordered.push_back(f);
        }
        formats_->formats = ordered;
    }
    return std::nullopt;
}

}  // namespace potro::cli
