#include "docx/package.h"

#include <minizip/zip.h>

#include <unistd.h>
#include <mutex>
#include <unordered_map>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "io/atomic_file.h"
#include "io/deflate.h"

namespace potro::docx {

namespace {

void collect_media(const std::vector<DocBlock>& blocks, Prepared& p,
                   std::vector<Diagnostic>& errs) {
    for (const DocBlock& b : blocks) {
        if (const auto* im = std::get_if<ImageBlock>(&b.content)) {
            bool known = false;
            for (const Media& m : p.media) known = known || m.image == im->image.get();
            if (known || !im->image || im->image->pixels.height <= 0) continue;
            Media m;
            m.image = im->image.get();
            const bool png = im->image->bytes.rfind("\x89PNG", 0) == 0;
            const std::string n = std::to_string(p.media.size() + 1);
            m.part = "word/media/image" + n + (png ? ".png" : ".jpeg");
            m.rel_id = "rIdImage" + n;
            m.content_type = png ? "image/png" : "image/jpeg";
            m.bytes = im->image->bytes;
            m.width_px = im->image->pixels.width;
            m.height_px = im->image->pixels.height;
            p.media.push_back(std::move(m));
        } else if (const auto* g = std::get_if<KeepTogether>(&b.content)) {
            collect_media(g->items, p, errs);
        }
    }
}

// minizip writes through these callbacks into a string: no temporary file.
struct MemoryFile {
    std::string bytes;
    size_t pos = 0;
};

voidpf ZCALLBACK mem_open(voidpf opaque, const char*, int) {
    return opaque;
}
uLong ZCALLBACK mem_read(voidpf, voidpf stream, void* buf, uLong size) {
    auto* f = static_cast<MemoryFile*>(stream);
    const size_t n = std::min<size_t>(size, f->bytes.size() - std::min(f->pos, f->bytes.size()));
    std::memcpy(buf, f->bytes.data() + f->pos, n);
    f->pos += n;
    return static_cast<uLong>(n);
}
uLong ZCALLBACK mem_write(voidpf, voidpf stream, const void* buf, uLong size) {
    auto* f = static_cast<MemoryFile*>(stream);
    if (f->pos + size > f->bytes.size()) f->bytes.resize(f->pos + size);
    std::memcpy(f->bytes.data() + f->pos, buf, size);
    f->pos += size;
    return size;
}
long ZCALLBACK mem_tell(voidpf, voidpf stream) {
    return static_cast<long>(static_cast<MemoryFile*>(stream)->pos);
}
long ZCALLBACK mem_seek(voidpf, voidpf stream, uLong offset, int origin) {
    auto* f = static_cast<MemoryFile*>(stream);
    const size_t base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                        : origin == ZLIB_FILEFUNC_SEEK_CUR ? f->pos
                                                           : f->bytes.size();
    f->pos = base + offset;
    return 0;
}
int ZCALLBACK mem_close(voidpf, voidpf) {
    return 0;
}
int ZCALLBACK mem_error(voidpf, voidpf) {
    return 0;
}

// An entry deflated, with its CRC. Large entries — the embedded fonts and the emblem, the same
// bytes in every document of an office — are deflated once per process and kept (a bulk
// export would otherwise spend most of each DOCX compressing the same fonts again).
struct Packed {
    std::string bytes;
    uint32_t crc = 0;
};

Packed packed_of(const std::string& data) {
    constexpr size_t kKeptFrom = 32 * 1024;
    constexpr size_t kKeptAtMost = 64;
    if (data.size() < kKeptFrom) return {deflate_raw(data), crc32_of(data)};
    static std::mutex mutex;
    static std::unordered_map<std::string, Packed> kept;
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = kept.find(data); it != kept.end()) return it->second;
    }
    Packed p{deflate_raw(data), crc32_of(data)};
    std::lock_guard<std::mutex> lock(mutex);
    if (kept.size() >= kKeptAtMost) kept.clear();
    kept.emplace(data, p);
    return p;
}

// Writes the entries with fixed timestamps and order, so the same document gives the same
// bytes. Entries are deflated by libdeflate and handed to minizip raw, with their CRC.
Result<std::string> zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    MemoryFile file;
    zlib_filefunc_def io{mem_open, mem_read,  mem_write, mem_tell,
                         mem_seek, mem_close, mem_error, &file};
    zipFile z = zipOpen2("potro.docx", APPEND_STATUS_CREATE, nullptr, &io);
    if (!z) return make_error({}, "minizip could not start the DOCX package");
    bool ok = true;
    for (const auto& [name, data] : entries) {
        zip_fileinfo info{};
        info.dosDate = (0u << 25) | (1u << 21) | (1u << 16);  // 1980-01-01 00:00
        const Packed packed = packed_of(data);
        ok = ok && zipOpenNewFileInZip2(z, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                        Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(z, packed.bytes.data(),
                                       static_cast<unsigned>(packed.bytes.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZipRaw(z, static_cast<uLong>(data.size()), packed.crc) == ZIP_OK;
    }
    ok = zipClose(z, nullptr) == ZIP_OK && ok;
    if (!ok) return make_error({}, "minizip could not write the DOCX package");
    return std::move(file.bytes);
}

}  // namespace

Result<std::string> export_docx(const AssembledDocument& doc, const DocxOptions& options) {
    Prepared p;
    p.doc = &doc;
    p.options = options;
    p.first_page_footer = doc.page_numbers.from >= 2;
    std::vector<Diagnostic> errs;
    collect_media(doc.blocks, p, errs);
    if (!errs.empty()) return errs.front();
    p.fonts = font_parts(options);
    try {
        std::vector<std::pair<std::string, std::string>> entries = {
            {"[Content_Types].xml", content_types_xml(p)},
            {"_rels/.rels", package_rels_xml()},
            {"docProps/core.xml", core_xml(p)},
            {"docProps/app.xml", app_xml()},
            {"word/document.xml", document_xml(p)},
            {"word/styles.xml", styles_xml(p)},
            {"word/settings.xml", settings_xml(p)},
            {"word/fontTable.xml", font_table_xml(p)},
            {"word/footer1.xml", footer_xml(p, true)},
        };
        if (p.first_page_footer) entries.emplace_back("word/footer2.xml", footer_xml(p, false));
        entries.emplace_back("word/_rels/document.xml.rels", document_rels_xml(p));
        for (const Media& m : p.media) entries.emplace_back(m.part, m.bytes);
        if (!p.fonts.empty())
            entries.emplace_back("word/_rels/fontTable.xml.rels", font_table_rels_xml(p));
        for (const FontPart& f : p.fonts) entries.emplace_back(f.part, f.bytes);
        return zip(entries);
    } catch (const std::exception& e) {
        return make_error({}, e.what());
    }
}

}  // namespace potro::docx
