#include "bulk/bulk_job.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "assembly/assemble_index.h"
#include "bangla/digits.h"
#include "bangla/wording.h"
#include "base/unicode.h"
#include "bulk/bulk_inputs.h"
#include "bulk/output_name.h"
#include "io/atomic_file.h"
#include "io/content_hash.h"
#include "jobs/renderer.h"
#include "layout/flow.h"
#include "pdf/export_pdf.h"
#include "register/memo_register.h"

#ifndef POTRO_VERSION
#define POTRO_VERSION "dev"
#endif

namespace potro {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStampMagic = "potro-bulk-stamp 1";

// What the first pass learns of a document: enough to name it, number it and tell whether its
// outputs are up to date, without keeping the whole model in memory.
struct Facts {
    bool ok = false;
    std::vector<Diagnostic> diagnostics;
    IndexEntry entry;
    std::optional<MemoNumber> memo;
    int issue_year = 0;
    bool needs_serial = false;
    std::string register_key;
    std::string inputs_hash;  // the document and every file it depends on
    std::string stem;
    std::string hash;  // inputs_hash with the serial and the outputs asked for
};

// Font files are the same for most documents: each is hashed once per run.
class FileHashes {
  public:
    Result<std::string> of(const std::string& path) {
        {
            std::lock_guard lock(mutex_);
            if (auto it = known_.find(path); it != known_.end()) return it->second;
        }
        auto h = hash_file(path);
        if (!h) return h.error();
        std::lock_guard lock(mutex_);
        known_.emplace(path, h.value());
        return h;
    }

  private:
    std::mutex mutex_;
    std::map<std::string, std::string> known_;
};

// Runs work(i, worker) for every i in [0, n) on `threads` threads; each worker index is used
// by one thread only, so per-worker state needs no lock.
template <class Work>
void parallel_for(size_t n, size_t threads, Work work) {
    std::atomic<size_t> next{0};
    auto run = [&](size_t worker) {
        for (size_t i; (i = next.fetch_add(1)) < n;) work(i, worker);
    };
    std::vector<std::thread> pool;
    for (size_t w = 1; w < threads; ++w) pool.emplace_back(run, w);
    run(0);
    for (auto& t : pool) t.join();
}

// Holds OUTPUT_DIR/.potro/lock for the run: two runs writing into one folder would replace
// each other's files and records.
class FolderLock {
  public:
    static Result<std::unique_ptr<FolderLock>> take(const fs::path& state_dir,
                                                    const std::string& output_dir) {
        const std::string path = (state_dir / "lock").string();
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            return make_error({output_dir, 0, 0},
                              "cannot create a lock in the output folder; check it is writable");
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            return make_error({output_dir, 0, 0},
                              "another potro bulk is writing into this folder; wait for it to "
                              "finish or choose another output folder");
        }
        return std::unique_ptr<FolderLock>(new FolderLock(fd));
    }
    ~FolderLock() { ::close(fd_); }

  private:
    explicit FolderLock(int fd) : fd_(fd) {}
    int fd_;
};

// Reads a document and learns its facts; the document itself is kept for rendering.
Facts learn(const BulkInput& in, Renderer& renderer, FileHashes& hashes, const BulkJob& job,
            std::optional<ReadMinutes>& kept) {
    Facts f;
    f.entry.source = in.path;
    if (in.missing) {
        f.diagnostics.push_back(*in.missing);
        return f;
    }
    auto doc = renderer.read(in.path);
    if (!doc) {
        f.diagnostics.push_back(doc.error());
        return f;
    }
    const Minutes& m = doc.value().parsed.minutes;
    f.diagnostics = doc.value().parsed.warnings;
    f.entry.date = m.issue ? std::optional(m.issue->date) : m.meeting.date;
    f.entry.subject = m.subject.plain();
    f.entry.chair = m.meeting.chair.name;
    if (m.issue) {
        f.memo = m.issue->memo;
        f.issue_year = m.issue->date.year;
        f.needs_serial = m.issue->serial_from_register;
    }
    f.register_key = register_key(m);

    ContentHash h;
    h.add(POTRO_VERSION).add(job.pdf ? "pdf" : "-").add(job.docx ? "docx" : "-");
    h.add(job.pdfa_part ? std::to_string(*job.pdfa_part) : "template");
    h.add(doc.value().source);
    for (const std::string& dep : doc.value().depends_on) {
        auto dh = hashes.of(dep);
        if (!dh) {
            f.diagnostics = {dh.error()};
            return f;
        }
        h.add(dh.value());
    }
    f.inputs_hash = h.hex();
    f.ok = true;
    kept = std::move(doc.value());
    return f;
}

struct Stamp {
    std::string hash;
    size_t pages = 0;
};

std::optional<Stamp> read_stamp(const fs::path& path) {
    auto text = read_file(path.string());
    if (!text) return std::nullopt;
    const std::string& t = text.value();
    if (t.rfind(std::string(kStampMagic) + "\n", 0) != 0) return std::nullopt;
    Stamp s;
    size_t at = t.find("\nhash ");
    size_t pg = t.find("\npages ");
    if (at == std::string::npos || pg == std::string::npos) return std::nullopt;
    s.hash = t.substr(at + 6, t.find('\n', at + 6) - at - 6);
    s.pages = std::stoul(t.substr(pg + 7));
    return s;
}

std::string stamp_text(const std::string& hash, size_t pages) {
    return std::string(kStampMagic) + "\nhash " + hash + "\npages " + std::to_string(pages) + "\n";
}

std::u16string index_title(const std::vector<IndexEntry>& entries) {
    int lo = 0, hi = 0;
    for (const auto& e : entries) {
        if (!e.date) continue;
        if (lo == 0 || e.date->year < lo) lo = e.date->year;
        if (e.date->year > hi) hi = e.date->year;
    }
    std::u16string t = u"সভার কার্যবিবরণীর তালিকা";
    if (lo != 0) {
        t += u", " + utf16_of(bangla_number(static_cast<uint64_t>(lo)));
        if (hi != lo) t += u"–" + utf16_of(bangla_number(static_cast<uint64_t>(hi)));
    }
    return t;
}

// The register and the volume are archival when the meetings are (PDF/A-2u: they carry no
// source of their own).
pdf::PdfOptions register_options(const BulkJob& job) {
    pdf::PdfOptions o;
    if (job.pdfa_part.value_or(0) > 0) {
        auto icc = pdf::load_srgb_profile();
        if (icc) {
            o.pdfa = pdf::PdfA::Part2U;
            o.icc_profile = std::move(icc.value());
        }
    }
    return o;
}

// Every meeting of the index, in its order, in one PDF with a bookmark at each meeting's first
// page. Documents are read and laid out again one at a time, so only the PDF is held.
Result<std::string> bound_volume(const std::vector<IndexEntry>& entries,
                                 const std::vector<Facts>& facts,
                                 const std::vector<BulkInput>& inputs, Renderer& renderer,
                                 const pdf::PdfOptions& options) {
    std::map<std::string, size_t> by_source;
    for (size_t i = 0; i < inputs.size(); ++i) by_source.emplace(inputs[i].path, i);
    auto writer = pdf::PdfWriter::create(options);
    if (!writer) return writer.error();
    for (const IndexEntry& e : entries) {
        const Facts& f = facts[by_source.at(e.source)];
        auto doc = renderer.read(e.source);
        if (!doc) return doc.error();
        if (f.needs_serial && doc.value().parsed.minutes.issue)
            doc.value().parsed.minutes.issue->memo.serial = f.memo->serial;
        auto laid = renderer.lay_out(doc.value());
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

}  // namespace

Result<BulkOutcome> run_bulk(const BulkJob& job, const BulkProgressFn& progress) {
    auto inputs = collect_bulk_inputs(job.input);
    if (!inputs) return inputs.error();
    const fs::path out_dir(job.output_dir);
    const fs::path state_dir = out_dir / ".potro";
    const fs::path temp_dir = state_dir / "tmp";
    const fs::path stamp_dir = state_dir / "stamps";
    std::error_code ec;
    fs::create_directories(temp_dir, ec);
    fs::create_directories(stamp_dir, ec);
    if (ec) {
        return make_error({job.output_dir, 0, 0},
                          "cannot create the output folder: " + ec.message());
    }
    auto folder_lock = FolderLock::take(state_dir, job.output_dir);
    if (!folder_lock) return folder_lock.error();
    // What a killed run left half-written; never under an output's name.
    for (const auto& e : fs::directory_iterator(temp_dir, ec)) fs::remove(e.path(), ec);

    const size_t n = inputs.value().size();
    const size_t threads =
        std::max<size_t>(1, std::min<size_t>(job.threads, std::max<size_t>(n, 1)));
    std::vector<std::unique_ptr<Renderer>> renderers;
    for (size_t w = 0; w < threads; ++w)
        renderers.push_back(std::make_unique<Renderer>(job.templates_dir, job.font_dir));
    for (auto& r : renderers) r->allow_absolute_paths(job.allow_absolute_paths);

    FileHashes hashes;
    std::vector<Facts> facts(n);
    BulkOutcome outcome;
    outcome.documents.resize(n);
    std::optional<MemoRegister> reg;
    std::map<std::string, size_t> by_stem;  // output names taken, by the first document
    std::mutex progress_mutex;
    BulkProgress state{0, n, 0, nullptr};
    const AtomicWrite how{temp_dir.string(), job.flush_to_disk};

    // Documents go in batches of a fixed size: each is read once and kept until it is
    // rendered, so memory stays bounded by the batch, and serials and names are settled in
    // input order between the two halves, so that nothing depends on -j.
    const size_t batch = 64;
    std::vector<std::optional<ReadMinutes>> kept(batch);
    for (size_t first = 0; first < n; first += batch) {
        const size_t count = std::min(batch, n - first);
        parallel_for(count, threads, [&](size_t k, size_t w) {
            facts[first + k] =
                learn(inputs.value()[first + k], *renderers[w], hashes, job, kept[k]);
        });

        // Serials from the register, in input order.
        std::vector<SerialRequest> requests;
        std::vector<size_t> requesters;
        for (size_t i = first; i < first + count; ++i) {
            if (!facts[i].ok || !facts[i].needs_serial) continue;
            requests.push_back(
                {facts[i].memo->file_code(), facts[i].issue_year, facts[i].register_key});
            requesters.push_back(i);
        }
        if (!requests.empty()) {
            if (!reg) {
                const std::string reg_path = job.register_path.empty()
                                                 ? (out_dir / "memo-register.sqlite").string()
                                                 : job.register_path;
                auto opened = MemoRegister::open(reg_path);
                if (!opened) return opened.error();
                reg.emplace(std::move(opened.value()));
            }
            auto serials = reg->assign(requests);
            if (!serials) return serials.error();
            for (size_t k = 0; k < requesters.size(); ++k) {
                Facts& f = facts[requesters[k]];
                f.memo->serial = std::to_string(serials.value()[k]);
                kept[requesters[k] - first]->parsed.minutes.issue->memo.serial = f.memo->serial;
            }
        }

        // Names, now that every serial is known; two documents under one name would overwrite
        // each other: the later one fails.
        for (size_t i = first; i < first + count; ++i) {
            Facts& f = facts[i];
            if (!f.ok) continue;
            f.stem = output_stem(kept[i - first]->parsed.minutes, inputs.value()[i].path);
            auto [it, fresh] = by_stem.emplace(f.stem, i);
            if (!fresh) {
                f.ok = false;
                f.diagnostics = {make_error({inputs.value()[i].path, 0, 0},
                                            "has the same date and memo number as " +
                                                inputs.value()[it->second].path +
                                                " (both would be written as " + f.stem +
                                                ".pdf); give one of them its own memo number")};
                continue;
            }
            f.hash = ContentHash().add(f.inputs_hash).add(f.memo ? f.memo->serial : "").hex();
            if (f.memo) f.entry.memo = f.memo->render();
        }

        // Render what is not up to date.
        parallel_for(count, threads, [&](size_t k, size_t w) {
            const size_t i = first + k;
            Facts& f = facts[i];
            BulkDocument& d = outcome.documents[i];
            std::optional<ReadMinutes> doc = std::move(kept[k]);
            kept[k].reset();
            d.input = inputs.value()[i].path;
            d.diagnostics = f.diagnostics;
            auto finish = [&](BulkState st) {
                d.state = st;
                std::lock_guard lock(progress_mutex);
                ++state.done;
                if (st == BulkState::Failed) ++state.failed;
                state.document = &d;
                if (progress) progress(state);
            };
            if (!f.ok || !doc) return finish(BulkState::Failed);
            d.memo = f.entry.memo;
            std::vector<std::string> outputs;
            if (job.pdf) outputs.push_back((out_dir / (f.stem + ".pdf")).string());
            if (job.docx) outputs.push_back((out_dir / (f.stem + ".docx")).string());
            d.outputs = outputs;
            const fs::path stamp_path = stamp_dir / (f.stem + ".stamp");
            if (!job.force) {
                auto stamp = read_stamp(stamp_path);
                bool complete = stamp && stamp->hash == f.hash;
                for (const auto& o : outputs) complete = complete && fs::exists(o);
                if (complete) {
                    d.pages = f.entry.pages = stamp->pages;
                    return finish(BulkState::UpToDate);
                }
            }
            auto rendered =
                renderers[w]->render(*doc, RenderRequest{job.pdf, job.docx, false, job.pdfa_part});
            if (!rendered) {
                d.diagnostics = {rendered.error()};
                return finish(BulkState::Failed);
            }
            d.diagnostics = rendered.value().warnings;
            std::vector<const std::string*> bytes;
            if (job.pdf) bytes.push_back(&rendered.value().pdf);
            if (job.docx) bytes.push_back(&rendered.value().docx);
            for (size_t o = 0; o < outputs.size(); ++o) {
                if (auto st = write_file_atomically(outputs[o], *bytes[o], how); !st) {
                    d.diagnostics = {st.error()};
                    return finish(BulkState::Failed);
                }
            }
            // Written last: a run killed before this line renders the document again.
            d.pages = f.entry.pages = rendered.value().pages;
            if (auto st =
                    write_file_atomically(stamp_path.string(), stamp_text(f.hash, d.pages), how);
                !st) {
                d.diagnostics = {st.error()};
                return finish(BulkState::Failed);
            }
            finish(BulkState::Rendered);
        });
    }

    std::vector<IndexEntry> entries;
    for (size_t i = 0; i < n; ++i) {
        const BulkDocument& d = outcome.documents[i];
        if (d.state == BulkState::Failed) {
            ++outcome.failed;
            continue;
        }
        (d.state == BulkState::Rendered ? outcome.rendered : outcome.up_to_date) += 1;
        IndexEntry e = facts[i].entry;
        for (const auto& o : d.outputs) {
            (fs::path(o).extension() == ".pdf" ? e.pdf : e.docx) = fs::path(o).filename().string();
        }
        entries.push_back(std::move(e));
    }
    sort_index(entries);
    if (job.volume && !entries.empty()) {
        auto volume =
            bound_volume(entries, facts, inputs.value(), *renderers[0], register_options(job));
        if (!volume) return volume.error();
        const std::string path = (out_dir / "volume.pdf").string();
        if (auto st = write_file_atomically(path, volume.value(), how); !st) return st.error();
        outcome.index_files.push_back(path);
    }
    if (job.index) {
        const std::string csv = (out_dir / "index.csv").string();
        if (auto st = write_file_atomically(csv, index_csv(entries), how); !st) return st.error();
        outcome.index_files.push_back(csv);
        auto tpl = renderers[0]->template_named("standard");
        if (!tpl) return tpl.error();
        const AssembledDocument doc =
            assemble_index(entries, tpl.value()->tpl, index_title(entries));
        // A year's register runs to hundreds of pages: each goes into the PDF as it is laid out.
        ShapeCache cache;
        auto writer = pdf::PdfWriter::create(register_options(job));
        if (!writer) return writer.error();
        Status written = ok_status();
        layout_document_streamed(doc, tpl.value()->fonts, &cache, [&](size_t, Page&& page) {
            if (written) written = writer.value().add_page(page);
        });
        if (!written) return written.error();
        auto pdf = writer.value().finish(doc.info);
        if (!pdf) return pdf.error();
        const std::string pdf_path = (out_dir / "index.pdf").string();
        if (auto st = write_file_atomically(pdf_path, pdf.value(), how); !st) return st.error();
        outcome.index_files.push_back(pdf_path);
    }
    return outcome;
}

}  // namespace potro
