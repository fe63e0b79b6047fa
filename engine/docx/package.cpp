#include "docx/package.h"

#include <minizip/zip.h>
#include <unistd.h>

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

// An entry: its name and either its bytes, or bytes deflated already (an embedded font).
struct Entry {
    std::string name;
    std::string_view data;
    const Packed* packed = nullptr;
};

// Writes the entries with fixed timestamps and order, so the same document gives the same
// bytes. Entries are deflated by libdeflate and handed to minizip raw, with their CRC.
Result<std::string> zip(const std::vector<Entry>& entries) {
    MemoryFile file;
    zlib_filefunc_def io{mem_open, mem_read,  mem_write, mem_tell,
                         mem_seek, mem_close, mem_error, &file};
    zipFile z = zipOpen2("potro.docx", APPEND_STATUS_CREATE, nullptr, &io);
    if (!z) return make_error({}, "minizip could not start the DOCX package");
    bool ok = true;
    for (const Entry& e : entries) {
        zip_fileinfo info{};
        info.dosDate = (0u << 25) | (1u << 21) | (1u << 16);  // 1980-01-01 00:00
        const Packed made = e.packed ? Packed{} : pack(e.data);
        const Packed& packed = e.packed ? *e.packed : made;
        ok = ok && zipOpenNewFileInZip2(z, e.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                        Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(z, packed.bytes.data(),
                                       static_cast<unsigned>(packed.bytes.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZipRaw(z, static_cast<uLong>(packed.size), packed.crc) == ZIP_OK;
    }
    ok = zipClose(z, nullptr) == ZIP_OK && ok;
    if (!ok) return make_error({}, "minizip could not write the DOCX package");
    return std::move(file.bytes);
}

}  // namespace

Packed pack(std::string_view data) {
    return {deflate_raw(data), crc32_of(data), data.size()};
}

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
        // The parts written for this document; then the media and fonts, held already.
        std::vector<std::pair<std::string, std::string>> written = {
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
        if (p.first_page_footer) written.emplace_back("word/footer2.xml", footer_xml(p, false));
        written.emplace_back("word/_rels/document.xml.rels", document_rels_xml(p));
        const std::string font_rels = p.fonts.empty() ? "" : font_table_rels_xml(p);
        std::vector<Entry> entries;
        for (const auto& [name, bytes] : written) entries.push_back({name, bytes});
        for (const Media& m : p.media) entries.push_back({m.part, m.bytes});
        if (!p.fonts.empty()) entries.push_back({"word/_rels/fontTable.xml.rels", font_rels});
        for (const FontPart& f : p.fonts) entries.push_back({f.part, {}, &f.file->packed});
        return zip(entries);
    } catch (const std::exception& e) {
        return make_error({}, e.what());
    }
}

}  // namespace potro::docx
