#include "pdf/export_pdf.h"

#include <hpdf_version.h>

#include <cstdlib>

#include <cmath>
#include <map>
#include <memory>

#include "base/unicode.h"
#include "io/atomic_file.h"
#include "pdf/content_stream.h"
#include "pdf/embedded_font.h"
#include "pdf/glyph_text.h"
#include "pdf/haru.h"
#include "pdf/md5.h"
#include "pdf/xmp.h"

namespace potro::pdf {

namespace {

constexpr double kEpsilon = 0.001;  // points; smaller moves are not written

void write_color(ContentStream& cs, const Color& c, const char* op) {
    cs.num(c.r).num(c.g).num(c.b).op(op);
}

// Writes one text item as TJ arrays that put every glyph exactly where layout put it.
class TextWriter {
  public:
    TextWriter(ContentStream& cs, EmbeddedFont& font, const TextItem& item)
        : cs_(cs), font_(font), item_(item) {}

    void write(const std::string& resource, double page_height) {
        cs_.op("BT").op("/" + resource).num(item_.size).op("Tf");
        cs_.op("1 0 0 1").num(item_.x).num(page_height - item_.y).op("Tm");
        if (item_.hscale != 1) cs_.num(item_.hscale * 100).op("Tz");
        const auto& glyphs = item_.glyphs;
        size_t i = 0;
        while (i < glyphs.size()) {
            size_t j = i + 1;
            while (j < glyphs.size() && glyphs[j].cluster == glyphs[i].cluster) ++j;
            write_cluster(i, j);
            i = j;
        }
        close_tj();
        if (rise_ != 0) cs_.num(0).op("Ts");
        if (item_.hscale != 1) cs_.op("100 Tz");  // Tz outlives ET
        cs_.op("ET\n");
    }

  private:
    void open_tj() {
        if (!in_tj_) cs_.op("[");
        in_tj_ = true;
    }
    void close_tj() {
        if (in_tj_) cs_.raw("] TJ");
        in_tj_ = false;
    }
    // Points along the baseline to text space units (Tz scales every horizontal move).
    double em(double points) const { return points * 1000.0 / item_.size / item_.hscale; }

    // Moves the pen to `target` (a TJ adjustment) inside an open TJ array.
    void move_to(double target) {
        const double adj = target - pen_;
        if (std::abs(adj) > kEpsilon) {
            open_tj();
            cs_.num(-em(adj));
        }
        pen_ = target;
    }

    void write_cluster(size_t i, size_t j) {
        const auto& glyphs = item_.glyphs;
        const uint32_t cs = glyphs[i].cluster;
        const uint32_t ce =
            j < glyphs.size() ? glyphs[j].cluster : static_cast<uint32_t>(item_.text.size());
        const std::u16string_view text = std::u16string_view(item_.text).substr(cs, ce - cs);
        const ClusterText ct = cluster_text(text, std::span(glyphs).subspan(i, j - i));
        // Where the next cluster starts: a span must reach it, or readers see a gap.
        const double cluster_end =
            j < glyphs.size() ? glyphs[j].x : glyphs[j - 1].x + glyphs[j - 1].advance;
        if (ct.needs_actual_text) {
            close_tj();
            cs_.op("/Span<</ActualText<FEFF");
            for (char16_t c : text) cs_.hex4(c);
            cs_.raw(">>>BDC");
        }
        for (size_t p = 0; p < ct.pieces.size(); ++p) {
            const DrawPiece& piece = ct.pieces[p];
            const bool last = p + 1 == ct.pieces.size();
            uint16_t cid;
            double width = 0;
            if (piece.glyph == DrawPiece::kCarrier) {
                if (has_mark(piece.text)) {
                    cid = font_.carrier_cid(piece.text, true);  // zero-width, at the pen
                } else {
                    // Advances like a space, placed to end where the next glyph of the cluster
                    // (or the next cluster) begins: MuPDF, which takes advances from the font,
                    // and pdf.js, which takes them from /W, then both see no gap.
                    double next = cluster_end;
                    for (size_t q = p + 1; q < ct.pieces.size(); ++q) {
                        if (ct.pieces[q].glyph != DrawPiece::kCarrier) {
                            const PositionedGlyph& ng =
                                glyphs[i + static_cast<size_t>(ct.pieces[q].glyph)];
                            next = ng.x + ng.dx;
                            break;
                        }
                    }
                    cid = font_.carrier_cid(piece.text, false);
                    width =
                        static_cast<double>(font_.width(cid)) * item_.size / 1000.0 * item_.hscale;
                    move_to(next - width);
                }
            } else {
                const PositionedGlyph& g = glyphs[i + static_cast<size_t>(piece.glyph)];
                cid = font_.cid(g.gid, piece.text);
                if (g.dy != rise_) {
                    close_tj();
                    cs_.num(g.dy).op("Ts");
                    rise_ = g.dy;
                }
                move_to(g.x + g.dx);
                width = static_cast<double>(font_.width(cid)) * item_.size / 1000.0 * item_.hscale;
            }
            const double pad = cluster_end - (pen_ + width);
            if (ct.needs_actual_text && last && std::abs(pad) > kEpsilon) {
                // Character spacing widens the last glyph so the span covers the cluster's
                // whole advance; poppler then keeps the cluster's text together.
                close_tj();
                cs_.num(pad / item_.hscale).op("Tc [");
                cs_.raw("<").hex4(cid).raw(">] TJ 0 Tc");
                pen_ += width + pad;
                continue;
            }
            open_tj();
            cs_.raw("<").hex4(cid).raw(">");
            pen_ += width;
        }
        if (ct.needs_actual_text) {
            close_tj();
            cs_.op("EMC");
        }
    }

    ContentStream& cs_;
    EmbeddedFont& font_;
    const TextItem& item_;
    double pen_ = 0;
    double rise_ = 0;
    bool in_tj_ = false;
};

}  // namespace

// Pages of one or more documents into one PDF: fonts are embedded once for all of them.
struct PdfWriter::State {
    std::unique_ptr<HaruDocument> doc;
    PdfOptions options;
    // Fonts in order of first use, so the objects (and bytes) come out the same every time.
    std::vector<std::unique_ptr<EmbeddedFont>> fonts;
    std::map<const Font*, EmbeddedFont*> by_font;
    std::vector<HaruDocument::OutlineEntry> outline;
    Md5 id_hash;

    EmbeddedFont& embedded(const Font* f) {
        auto it = by_font.find(f);
        if (it != by_font.end()) return *it->second;
        fonts.push_back(std::make_unique<EmbeddedFont>(*f, *doc));
        by_font.emplace(f, fonts.back().get());
        return *fonts.back();
    }

    Status add_page(const Page& page, PageRef* out);
};

Status PdfWriter::State::add_page(const Page& page, PageRef* out) {
    HaruDocument& d = *doc;
    PageRef ref = d.add_page(page.width, page.height);
    if (!ref.p) return make_error({}, "libharu could not add a page");
    *out = ref;
    ContentStream cs;
    std::map<const Font*, std::string> resources;
    Color fill{};
    for (const FrameItem& any : page.items) {
        if (const auto* text = std::get_if<TextItem>(&any)) {
            EmbeddedFont& ef = embedded(text->font);
            auto [it, fresh] = resources.emplace(text->font, std::string());
            if (fresh) it->second = d.font_resource(ref, ef.dict());
            if (!(text->color == fill)) {
                write_color(cs, text->color, "rg");
                fill = text->color;
            }
            TextWriter(cs, ef, *text).write(it->second, page.height);
        } else if (const auto* rule = std::get_if<RuleItem>(&any)) {
            write_color(cs, rule->color, "RG");
            cs.num(rule->width).op("w");
            cs.num(rule->x1).num(page.height - rule->y1).op("m");
            cs.num(rule->x2).num(page.height - rule->y2).op("l S\n");
        } else if (const auto* box = std::get_if<BoxItem>(&any)) {
            if (box->fill) {
                write_color(cs, box->fill_color, "rg");
                fill = box->fill_color;
            }
            if (box->stroke) {
                write_color(cs, box->stroke_color, "RG");
                cs.num(box->line_width).op("w");
            }
            cs.num(box->x).num(page.height - box->y - box->h).num(box->w).num(box->h);
            cs.op("re").op(box->fill && box->stroke ? "B\n" : box->fill ? "f\n" : "S\n");
        } else if (const auto* image = std::get_if<ImageItem>(&any)) {
            // The image's operators join the same content stream: ours so far go first, so
            // the order of drawing is kept.
            d.append_content(ref, cs.str());
            id_hash.update(cs.str());
            cs = ContentStream();
            const std::string& bytes = image->image->bytes;
            const bool png = bytes.rfind("\x89PNG", 0) == 0;
            id_hash.update(bytes);
            if (auto st = d.draw_image(ref, bytes, png, image->x, page.height - image->y - image->h,
                                       image->w, image->h);
                !st) {
                Diagnostic diag = st.error();
                diag.pos.file = image->image->name;
                diag.message =
                    "cannot use this image (" + diag.message + "); give a valid PNG or JPEG file";
                return diag;
            }
        }
    }
    d.append_content(ref, cs.str());
    id_hash.update(cs.str());
    d.end_page(ref);
    return ok_status();
}

PdfWriter::PdfWriter(std::unique_ptr<State> state) : state_(std::move(state)) {}
PdfWriter::PdfWriter(PdfWriter&&) noexcept = default;
PdfWriter& PdfWriter::operator=(PdfWriter&&) noexcept = default;
PdfWriter::~PdfWriter() = default;

Result<PdfWriter> PdfWriter::create(const PdfOptions& options) {
    auto created = HaruDocument::create();
    if (!created) return created.error();
    auto state = std::make_unique<State>();
    state->doc = std::move(created.value());
    state->options = options;
    // potro's archival files use no transparency at all (PDF/A-2 would allow soft masks; an
    // archive's older readers and printers are spared them).
    state->doc->flatten_images(options.pdfa != PdfA::None);
    return PdfWriter(std::move(state));
}

Status PdfWriter::add(const LaidOutDocument& document, const std::string& bookmark) {
    std::vector<PageRef> refs;
    for (size_t i = 0; i < document.pages.size(); ++i) {
        PageRef ref;
        if (auto st = state_->add_page(document.pages[i], &ref); !st) return st;
        refs.push_back(ref);
        if (i == 0 && !bookmark.empty()) state_->outline.push_back({bookmark, ref});
    }
    for (const SignatureArea& a : document.signature_areas) {
        if (a.page >= refs.size()) continue;
        const float height = document.pages[a.page].height;
        state_->doc->add_signature_field(refs[a.page], a.field, utf16_to_utf8(a.signatory), a.x,
                                         height - a.y - a.h, a.x + a.w, height - a.y);
        state_->id_hash.update(a.field);
    }
    return ok_status();
}

Status PdfWriter::add_page(const Page& page) {
    PageRef ref;
    return state_->add_page(page, &ref);
}

Result<std::string> PdfWriter::finish(const DocumentInfo& info) {
    State& s = *state_;
    for (auto& f : s.fonts) {
        if (auto st = f->finish(s.id_hash); !st) return st.error();
    }
    DocumentMeta meta;
    meta.title = info.title;
    meta.subject = info.subject;
    meta.author = info.author;
    meta.keywords = info.keywords;
    meta.language = info.language;
    meta.creator = s.options.creator;
    const bool archival = s.options.pdfa != PdfA::None;
    std::string pdf_date;
    if (info.date.size() == 10) {
        pdf_date = "D:" + info.date.substr(0, 4) + info.date.substr(5, 2) + info.date.substr(8, 2) +
                   "000000Z";
    }
    if (archival) {
        // PDF/A wants the Info dictionary and the XMP packet to say the same: both are written
        // from these values, dated by the document, never by the clock.
        meta.producer =
            std::string("potro ") + POTRO_VERSION + " (libharu " + HPDF_VERSION_TEXT + ")";
        meta.date = pdf_date;
        if (s.options.icc_profile.empty()) {
            return make_error({},
                              "an archival PDF needs the sRGB ICC profile; install Debian's "
                              "icc-profiles-free or set POTRO_ICC_PROFILE");
        }
    }
    s.id_hash.update(meta.title + '\n' + meta.subject + '\n' + meta.author + '\n' + meta.keywords);
    for (const auto& e : s.outline) s.id_hash.update(e.title);
    s.doc->set_meta(meta);
    s.doc->set_outline(s.outline);
    if (archival) {
        XmpFields x;
        x.title = meta.title;
        x.description = meta.subject;
        x.creator = meta.author;
        x.keywords = meta.keywords;
        x.language = meta.language;
        x.creator_tool = meta.creator;
        x.producer = meta.producer;
        if (!info.date.empty()) x.date = info.date + "T00:00:00Z";
        x.pdfa_part = s.options.pdfa == PdfA::Part3U ? 3 : 2;
        s.doc->set_metadata(xmp_packet(x));
        s.doc->set_output_intent(s.options.icc_profile, "sRGB IEC61966-2.1");
        if (s.options.pdfa == PdfA::Part3U) {
            for (const auto& a : s.options.attachments) {
                s.id_hash.update(a.name);
                s.id_hash.update(a.bytes);
            }
            s.doc->set_embedded_files(s.options.attachments, pdf_date);
        }
    }
    s.doc->set_id(s.id_hash.finish());
    return s.doc->save();
}

Result<std::string> load_srgb_profile(const Source& source) {
    const SourceName name{Area::Profiles, "sRGB.icc"};
    auto bytes = source.read(name);
    if (!bytes) {
        return make_error({source.describe(name), 0, 0},
                          "cannot read the sRGB ICC profile an archival PDF "
                          "embeds; install Debian's icc-profiles-free or set "
                          "POTRO_ICC_PROFILE");
    }
    return bytes;
}

Result<std::string> export_pdf(const LaidOutDocument& document, const PdfOptions& options) {
    auto writer = PdfWriter::create(options);
    if (!writer) return writer.error();
    if (auto st = writer.value().add(document); !st) return st.error();
    return writer.value().finish(document.info);
}

}  // namespace potro::pdf
