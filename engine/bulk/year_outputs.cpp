#include "bulk/year_outputs.h"

#include <algorithm>

#include "bangla/digits.h"
#include "bangla/wording.h"
#include "base/unicode.h"
#include "export/exporter.h"
#include "layout/flow.h"
#include "pdf/export_pdf.h"

namespace potro {

namespace {

// The index and the volume are archival when the documents are (PDF/A-2u: they carry no
// source of their own).
ArchiveSettings year_archive(Engine& engine, int pdfa_part) {
    ArchiveSettings a;
    if (pdfa_part > 0) {
        if (auto icc = engine.icc_profile()) {
            a.pdfa_part = 2;
            a.icc_profile = std::move(icc.value());
        }
    }
    return a;
}

pdf::PdfOptions pdf_options(const ArchiveSettings& a) {
    pdf::PdfOptions o;
    if (a.pdfa_part != 0) {
        o.pdfa = pdf::PdfA::Part2U;
        o.icc_profile = a.icc_profile;
    }
    return o;
}

// A year's index runs to hundreds of pages: each is handed on as it is laid out.
class StreamedPages final : public PageSource {
  public:
    StreamedPages(const AssembledDocument& doc, const FontSet& fonts) : doc_(doc), fonts_(fonts) {}
    const LaidOutDocument& pages() override {
        if (!whole_) whole_ = layout_document(doc_, fonts_, &cache_).document;
        return *whole_;
    }
    bool streams() const override { return true; }
    Status stream(const std::function<Status(Page&&)>& sink) override {
        Status written = ok_status();
        layout_document_streamed(doc_, fonts_, &cache_, [&](size_t, Page&& page) {
            if (written) written = sink(std::move(page));
        });
        return written;
    }

  private:
    const AssembledDocument& doc_;
    const FontSet& fonts_;
    ShapeCache cache_;
    std::optional<LaidOutDocument> whole_;
};

}  // namespace

std::u16string index_title(const std::vector<IndexEntry>& entries) {
    int lo = 0, hi = 0;
    for (const auto& e : entries) {
        if (!e.date) continue;
        if (lo == 0 || e.date->year < lo) lo = e.date->year;
        if (e.date->year > hi) hi = e.date->year;
    }
    const bool only_minutes = std::all_of(entries.begin(), entries.end(), [](const IndexEntry& e) {
        return e.kind.empty() || e.kind == u"সভার কার্যবিবরণী";
    });
    std::u16string t = only_minutes ? u"সভার কার্যবিবরণীর তালিকা" : u"জারিকৃত পত্রাদির তালিকা";
    if (lo != 0) {
        t += u", " + utf16_of(bangla_number(static_cast<uint64_t>(lo)));
        if (hi != lo) t += u"–" + utf16_of(bangla_number(static_cast<uint64_t>(hi)));
    }
    return t;
}

Result<std::string> index_file(const std::vector<IndexEntry>& entries, Engine& engine,
                               const std::string& format, int pdfa_part) {
    auto tpl = engine.template_named(*document_kinds().front(), "standard");
    if (!tpl) return tpl.error();
    const Exporter* exporter = find_exporter(format);
    if (!exporter) return make_error({}, "potro cannot write \"" + format + "\"");
    const AssembledDocument doc = assemble_index(entries, tpl.value()->tpl, index_title(entries));
    StreamedPages pages(doc, tpl.value()->fonts);
    const ArchiveSettings archive = year_archive(engine, pdfa_part);
    return exporter->write({doc, tpl.value()->fonts, pages, archive});
}

Result<std::string> bound_volume(const std::vector<IndexEntry>& entries, Engine& engine,
                                 const ReadAgain& read, int pdfa_part) {
    auto writer = pdf::PdfWriter::create(pdf_options(year_archive(engine, pdfa_part)));
    if (!writer) return writer.error();
    for (const IndexEntry& e : entries) {
        auto doc = read(e);
        if (!doc) return doc.error();
        auto laid = engine.lay_out(doc.value(), nullptr);
        if (!laid) return laid.error();
        std::string title =
            e.date ? format_gregorian_date(*e.date, DateWording{true, "", ""}) + " — " : "";
        title += utf16_to_utf8(e.subject);
        if (auto st = writer.value().add(laid.value(), title); !st) return st.error();
    }
    DocumentInfo info;
    info.title = utf16_to_utf8(index_title(entries));
    info.subject = "সভার কার্যবিবরণী";
    return writer.value().finish(info);
}

}  // namespace potro
