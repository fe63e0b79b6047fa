// The letterhead, inline or from an office's letterhead file, and the files a document names.
#include <algorithm>
#include <filesystem>
#include <vector>

#include "base/numbers.h"
#include "io/image_size.h"
#include "model/element_reader.h"

namespace potro {

namespace {

bool has_parent_step(const std::string& ref) {
    for (const auto& part : std::filesystem::path(ref)) {
        if (part == "..") return true;
    }
    return false;
}

}  // namespace

SourceFile ElementReader::referenced(const xmlNode* at, const std::string& written,
                                     bool also_templates) const {
    if (written.empty()) fail(at, "an empty file reference");
    std::string ref = written;
    // A path copied from Windows Explorer: the meaning is plain, so it is read, and the clerk
    // is told the form that works in every tool.
    if (ref.find('\\') != std::string::npos) {
        std::replace(ref.begin(), ref.end(), '\\', '/');
        warn(at, "\"" + written + "\" is written with \\; potro read it as \"" + ref +
                     "\" (write paths with /)");
    }
    auto read = [&](const SourceName& name) {
        auto bytes = source_.read(name);
        if (!bytes) throw ReadFailure{bytes.error()};
        log_.files.push_back({name, bytes.value()});
        return SourceFile{name, std::move(bytes.value())};
    };
    if (ref.front() == '/' || (ref.size() > 2 && ref[1] == ':' && ref[2] == '/')) {
        if (!options_.allow_absolute_paths) {
            fail(at, "\"" + ref +
                         "\" is an absolute path; name files relative to the document "
                         "(or to the templates folder), or allow absolute paths with "
                         "--allow-absolute-paths");
        }
        const SourceName name{Area::Document, ref};
        if (source_.find(name, name.folder()) == Lookup::Found) return read(name);
        fail(at, "cannot find \"" + ref + "\"");
    }
    if (has_parent_step(ref)) {
        fail(at, "\"" + ref +
                     "\" leaves the document's folder; keep letterheads and images "
                     "beside the document or in the templates folder");
    }
    const SourceName beside = name_.folder();
    const SourceName templates{Area::Templates, ""};
    // The offices' letterheads and their emblem live in templates/offices/, so a bare
    // "emblem.png" or "natore-dc.xml" written in a document finds them there too.
    const SourceName offices{Area::Templates, "offices"};
    std::vector<SourceName> roots{beside};
    if (also_templates && beside != templates) roots.push_back(templates);
    if (also_templates && beside != offices) roots.push_back(offices);
    std::string looked;
    for (const SourceName& root : roots) {
        const SourceName candidate = root.join(ref);
        switch (source_.find(candidate, root)) {
            case Lookup::Found:
                return read(candidate);
            case Lookup::Missing:
                break;
            case Lookup::LeavesFolder:
                fail(at, "\"" + ref + "\" leads outside " +
                             (root == beside ? "the document's folder" : "the templates folder") +
                             " (through a symbolic link); copy the file into the folder instead");
            case Lookup::NotAFile:
                fail(at, "\"" + ref + "\" is not a file");
        }
        std::string folder = source_.describe(root);
        if (folder.empty()) folder = ".";
        if (folder.back() != '/') folder += '/';
        looked += (looked.empty() ? "" : ", ") + folder;
    }
    // A name written without its extension: say which file is there.
    if (std::filesystem::path(ref).extension().empty()) {
        for (const SourceName& root : roots) {
            if (source_.find(root.join(ref + ".xml"), root) == Lookup::Found) {
                fail(at, "cannot find \"" + ref + "\"; there is \"" + ref +
                             ".xml\" — write the name with its .xml");
            }
        }
    }
    fail(at, "cannot find \"" + ref + "\" (looked in " + looked +
                 "); put the file beside the document or give its path relative to it");
}

ImageRef ElementReader::emblem(const xmlNode* c) const {
    SourceFile file = referenced(c, xml::attr(c, "src"), true);
    const std::string problem = image_problem(file.bytes);
    if (!problem.empty()) {
        warn(c, "\"" + xml::attr(c, "src") + "\" " + problem + "; the emblem is left out");
        return nullptr;
    }
    auto image = std::make_shared<Image>();
    image->name = source_.describe(file.name);
    image->pixels = *image_pixel_size(file.bytes);
    image->bytes = std::move(file.bytes);
    return image;
}

void ElementReader::read_other(
    const xmlNode* at, const std::string& ref, const std::string& root_name, bool also_templates,
    const std::function<void(const xmlNode*, const ElementReader&)>& read) const {
    SourceFile file = referenced(at, ref, also_templates);
    const std::string described = source_.describe(file.name);
    auto doc = xml::parse(file.bytes, described);
    if (!doc) throw ReadFailure{doc.error()};
    const xmlNode* root = xmlDocGetRootElement(doc.value().get());
    if (xml::name(root) != root_name) {
        throw ReadFailure{make_error(xml::pos(root, described, file.bytes),
                                     "\"" + ref + "\" must have <" + root_name + "> as its root")};
    }
    ElementReader inner(source_, file.name, file.bytes, options_, log_);
    read(root, inner);
}

Letterhead ElementReader::letterhead(const xmlNode* n) const {
    if (xml::has_attr(n, "ref")) {
        Letterhead lh;
        read_other(
            n, xml::attr(n, "ref"), "letterhead", true,
            [&](const xmlNode* root, const ElementReader& inner) { lh = inner.letterhead(root); });
        return lh;
    }
    expect_only(n, {"line", "address", "phone", "fax", "email", "website", "web", "emblem"});
    Letterhead lh;
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        if (nm == "line") {
            lh.lines.push_back(xml::text(c));
        } else if (nm == "address") {
            lh.address.push_back(xml::text(c));
        } else if (nm == "phone") {
            lh.phone = xml::text(c);
        } else if (nm == "fax") {
            lh.fax = xml::text(c);
        } else if (nm == "email") {
            lh.email = xml::text(c);
        } else if (nm == "website" || nm == "web") {
            lh.website = xml::text(c);
        } else if (nm == "emblem") {
            lh.emblem = emblem(c);
            if (xml::has_attr(c, "height")) {
                const std::string h = xml::attr(c, "height");
                const auto mm = read_decimal(h);
                if (!mm || *mm < 5 || *mm > 60)
                    fail(c, "height=\"" + h +
                                "\" is not an emblem height; write millimetres between 5 and 60, "
                                "such as 18");
                lh.emblem_height_mm = static_cast<float>(*mm);
            }
        }
    }
    return lh;
}

}  // namespace potro
