#include "potro/bulk.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "bulk/bulk_inputs.h"
#include "bulk/folder_lock.h"
#include "bulk/output_name.h"
#include "bulk/output_record.h"
#include "bulk/parallel.h"
#include "bulk/year_outputs.h"
#include "export/exporter.h"
#include "io/atomic_file.h"
#include "io/content_hash.h"
#include "jobs/engine.h"
#include "jobs/recipient_copies.h"
#include "register/memo_register.h"

#ifndef POTRO_VERSION
#define POTRO_VERSION "dev"
#endif

namespace potro {

namespace fs = std::filesystem;

namespace {

// What the first pass learns of a document: enough to name it, number it and tell whether its
// outputs are up to date. The document itself waits beside it until it is rendered.
struct DocumentPlan {
    bool ok = false;
    std::vector<Diagnostic> diagnostics;
    IndexEntry entry;
    std::optional<MemoLine> memo_line;
    std::string register_key;
    std::string inputs_hash;  // the document and every file it depends on
    std::string stem;
    std::string hash;  // inputs_hash with the serial
};

// Template and font files are the same for most documents: each is hashed once per run.
class SourceHashes {
  public:
    explicit SourceHashes(const Source& source) : source_(source) {}

    Result<std::string> of(const SourceName& name) {
        {
            std::lock_guard lock(mutex_);
            if (auto it = known_.find(name); it != known_.end()) return it->second;
        }
        auto bytes = source_.read(name);
        if (!bytes) return bytes.error();
        const std::string h = ContentHash().add(bytes.value()).hex();
        std::lock_guard lock(mutex_);
        known_.emplace(name, h);
        return h;
    }

  private:
    const Source& source_;
    std::mutex mutex_;
    std::map<SourceName, std::string> known_;
};

// One bulk export, phase by phase: the output folder made ready, then batches of documents
// (read and planned, numbered, named, rendered), then the index and the volume.
class BulkRun {
  public:
    BulkRun(const BulkJob& job, const Source& source, const BulkProgressFn& progress)
        : job_(job),
          source_(source),
          progress_(progress),
          formats_(job.formats.empty() ? default_formats() : job.formats),
          out_dir_(job.output_dir),
          state_dir_(out_dir_ / ".potro"),
          temp_dir_(state_dir_ / "tmp"),
          record_dir_(state_dir_ / "stamps"),
          how_{temp_dir_.string(), job.flush_to_disk},
          hashes_(source) {}

    Result<BulkOutcome> run();

  private:
    // Documents go in batches of a fixed size: each is read once and kept until it is
    // rendered, so memory stays bounded by the batch, and serials and names are settled in
    // input order between the two halves, so that nothing depends on -j.
    static constexpr size_t kBatch = 64;

    Status prepare_folder();
    DocumentPlan plan(const BulkInput& in, Engine& engine, std::optional<ReadDocument>& kept);
    Status assign_serials(size_t first, size_t count);
    void settle_names(size_t first, size_t count);
    void render(size_t i, std::optional<ReadDocument> doc, Engine& engine);
    // Each says whether its files had to be made (false: they were up to date).
    Result<bool> render_document(size_t i, const ReadDocument& doc, Engine& engine);
    Result<bool> render_copies(size_t i, const ReadDocument& doc, Engine& engine);
    void finish(BulkDocument& d, BulkState state);
    Status write_year_outputs(BulkOutcome& outcome);

    const BulkJob& job_;
    const Source& source_;
    const BulkProgressFn& progress_;
    const std::vector<std::string> formats_;
    const fs::path out_dir_, state_dir_, temp_dir_, record_dir_;
    const AtomicWrite how_;
    SourceHashes hashes_;

    std::vector<BulkInput> inputs_;
    std::vector<std::unique_ptr<Engine>> engines_;  // one per worker
    std::vector<DocumentPlan> plans_;
    std::vector<std::optional<ReadDocument>> kept_;  // the current batch
    BulkOutcome outcome_;
    std::optional<MemoRegister> register_;
    std::map<std::string, size_t> by_stem_;  // output names taken, by the first document
    std::mutex progress_mutex_;
    BulkProgress state_;
};

Status BulkRun::prepare_folder() {
    std::error_code ec;
    fs::create_directories(temp_dir_, ec);
    fs::create_directories(record_dir_, ec);
    if (ec) {
        return make_error({job_.output_dir, 0, 0},
                          "cannot create the output folder: " + ec.message());
    }
    // What a killed run left half-written; never under an output's name.
    for (const auto& e : fs::directory_iterator(temp_dir_, ec)) fs::remove(e.path(), ec);
    return ok_status();
}

DocumentPlan BulkRun::plan(const BulkInput& in, Engine& engine, std::optional<ReadDocument>& kept) {
    DocumentPlan p;
    p.entry.source = in.path;
    if (in.missing) {
        p.diagnostics.push_back(*in.missing);
        return p;
    }
    auto doc = engine.read({Area::Document, in.path});
    if (!doc) {
        p.diagnostics.push_back(doc.error());
        return p;
    }
    const Document& d = doc.value().doc();
    p.diagnostics = doc.value().warnings;
    const DocumentFacts facts = d.facts();
    p.entry.date = facts.date;
    p.entry.subject = facts.subject;
    p.entry.kind = facts.kind.empty() ? d.kind().title() : facts.kind;
    p.entry.person = facts.person;
    if (const MemoLine* line = d.memo_line()) p.memo_line = *line;
    p.register_key = register_key(d, source_);

    ContentHash h;
    h.add(POTRO_VERSION);
    for (const std::string& f : formats_) h.add(f);
    h.add(job_.pdfa_part ? std::to_string(*job_.pdfa_part) : "template");
    h.add(doc.value().bytes);
    for (const SourceFile& f : doc.value().files) h.add(ContentHash().add(f.bytes).hex());
    for (const SourceName& name : doc.value().loaded->files) {
        auto fh = hashes_.of(name);
        if (!fh) {
            p.diagnostics = {fh.error()};
            return p;
        }
        h.add(fh.value());
    }
    p.inputs_hash = h.hex();
    p.ok = true;
    kept = std::move(doc.value());
    return p;
}

Status BulkRun::assign_serials(size_t first, size_t count) {
    std::vector<SerialRequest> requests;
    std::vector<size_t> requesters;
    for (size_t i = first; i < first + count; ++i) {
        const DocumentPlan& p = plans_[i];
        if (!p.ok || !p.memo_line || !p.memo_line->serial_from_register) continue;
        requests.push_back({p.memo_line->memo.file_code(), p.memo_line->date.year, p.register_key});
        requesters.push_back(i);
    }
    if (requests.empty()) return ok_status();
    if (!register_) {
        const std::string path = job_.register_path.empty()
                                     ? (out_dir_ / "memo-register.sqlite").string()
                                     : job_.register_path;
        auto opened = MemoRegister::open(path);
        if (!opened) return opened.error();
        register_.emplace(std::move(opened.value()));
    }
    auto serials = register_->assign(requests);
    if (!serials) return serials.error();
    for (size_t k = 0; k < requesters.size(); ++k) {
        DocumentPlan& p = plans_[requesters[k]];
        p.memo_line->memo.serial = std::to_string(serials.value()[k]);
        kept_[requesters[k] - first]->doc().memo_line()->memo.serial = p.memo_line->memo.serial;
    }
    return ok_status();
}

// Names, now that every serial is known; two documents under one name would overwrite each
// other: the later one fails.
void BulkRun::settle_names(size_t first, size_t count) {
    for (size_t i = first; i < first + count; ++i) {
        DocumentPlan& p = plans_[i];
        if (!p.ok) continue;
        p.stem = output_stem(kept_[i - first]->doc(), inputs_[i].path);
        auto [it, fresh] = by_stem_.emplace(p.stem, i);
        if (!fresh) {
            p.ok = false;
            p.diagnostics = {make_error({inputs_[i].path, 0, 0},
                                        "has the same date and memo number as " +
                                            inputs_[it->second].path +
                                            " (both would be written as " + p.stem +
                                            ".pdf); give one of them its own memo number")};
            continue;
        }
        const std::string serial = p.memo_line ? p.memo_line->memo.serial : "";
        p.hash = ContentHash().add(p.inputs_hash).add(serial).hex();
        if (p.memo_line) p.entry.memo = p.memo_line->memo.render();
    }
}

void BulkRun::finish(BulkDocument& d, BulkState st) {
    d.state = st;
    std::lock_guard lock(progress_mutex_);
    ++state_.done;
    if (st == BulkState::Failed) ++state_.failed;
    state_.document = &d;
    if (progress_) progress_(state_);
}

// The outputs' record says what they were made from; when it matches and every file is there,
// nothing is made again.
bool up_to_date(const fs::path& record_path, const std::string& hash,
                const std::vector<std::string>& files, size_t* pages) {
    auto record = read_output_record(record_path);
    if (!record || record->hash != hash) return false;
    for (const auto& f : files) {
        if (!fs::exists(f)) return false;
    }
    *pages = record->pages;
    return true;
}

void BulkRun::render(size_t i, std::optional<ReadDocument> doc, Engine& engine) {
    DocumentPlan& p = plans_[i];
    BulkDocument& d = outcome_.documents[i];
    d.input = inputs_[i].path;
    d.diagnostics = p.diagnostics;
    if (!p.ok || !doc) return finish(d, BulkState::Failed);
    d.memo = p.entry.memo;
    auto made = render_document(i, *doc, engine);
    if (made && job_.per_recipient) {
        auto copies = render_copies(i, *doc, engine);
        if (!copies)
            made = copies.error();
        else
            made = made.value() || copies.value();
    }
    if (!made) {
        d.diagnostics = {made.error()};
        return finish(d, BulkState::Failed);
    }
    finish(d, made.value() ? BulkState::Rendered : BulkState::UpToDate);
}

Result<bool> BulkRun::render_document(size_t i, const ReadDocument& doc, Engine& engine) {
    DocumentPlan& p = plans_[i];
    BulkDocument& d = outcome_.documents[i];
    for (const std::string& f : formats_) {
        const Exporter* e = find_exporter(f);
        d.outputs.push_back((out_dir_ / (p.stem + (e ? e->extension() : "." + f))).string());
    }
    const fs::path record_path = record_dir_ / (p.stem + ".stamp");
    if (!job_.force && up_to_date(record_path, p.hash, d.outputs, &d.pages)) {
        p.entry.pages = d.pages;
        return false;
    }
    auto rendered = engine.render(doc, RenderRequest{formats_, job_.pdfa_part, std::nullopt});
    if (!rendered) return rendered.error();
    d.diagnostics = rendered.value().warnings;
    for (size_t o = 0; o < d.outputs.size(); ++o) {
        if (auto st = write_file_atomically(d.outputs[o], rendered.value().files[o].bytes, how_);
            !st)
            return st.error();
    }
    // Written last: a run killed before this line renders the document again.
    d.pages = p.entry.pages = rendered.value().pages;
    const std::string record = output_record_text({p.hash, d.pages});
    if (auto st = write_file_atomically(record_path.string(), record, how_); !st) return st.error();
    return true;
}

// The copies of a document go into a folder of their own, copies/STEM/, which holds nothing
// else: a copy for a recipient since taken off the lists is removed. They have their own
// record, so asking for copies later does not render the documents again.
Result<bool> BulkRun::render_copies(size_t i, const ReadDocument& doc, Engine& engine) {
    const DocumentPlan& p = plans_[i];
    BulkDocument& d = outcome_.documents[i];
    const std::vector<RecipientEntry> entries = doc.doc().recipients();
    if (entries.empty()) {
        d.diagnostics.push_back(make_warning(
            {inputs_[i].path, 0, 0}, "has no distribution or copy list: no per-recipient copies"));
        return false;
    }
    const fs::path folder = out_dir_ / "copies" / p.stem;
    std::vector<std::string> extensions;
    for (const std::string& f : formats_) extensions.push_back(find_exporter(f)->extension());
    for (const std::string& name : recipient_copy_names(entries, p.stem, extensions))
        d.copies.push_back((folder / name).string());
    const fs::path record_path = record_dir_ / (p.stem + ".copies.stamp");
    size_t pages = 0;
    if (!job_.force && up_to_date(record_path, p.hash, d.copies, &pages)) return false;

    auto copies =
        render_recipient_copies(engine, doc, {formats_, job_.pdfa_part, std::nullopt}, p.stem);
    if (!copies) return copies.error();
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        return make_error({folder.string(), 0, 0},
                          "cannot create the copies' folder: " + ec.message());
    }
    for (const OutputFile& f : copies.value().files) {
        if (auto st = write_file_atomically((folder / f.name).string(), f.bytes, how_); !st)
            return st.error();
    }
    std::set<fs::path> kept(d.copies.begin(), d.copies.end());
    for (const auto& e : fs::directory_iterator(folder, ec)) {
        if (e.is_regular_file() && !kept.count(e.path())) fs::remove(e.path(), ec);
    }
    const std::string record = output_record_text({p.hash, copies.value().pages});
    if (auto st = write_file_atomically(record_path.string(), record, how_); !st) return st.error();
    return true;
}

Status BulkRun::write_year_outputs(BulkOutcome& outcome) {
    std::vector<IndexEntry> entries;
    std::map<std::string, size_t> by_source;
    for (size_t i = 0; i < inputs_.size(); ++i) {
        const BulkDocument& d = outcome.documents[i];
        if (d.state == BulkState::Failed) {
            ++outcome.failed;
            continue;
        }
        (d.state == BulkState::Rendered ? outcome.rendered : outcome.up_to_date) += 1;
        IndexEntry e = plans_[i].entry;
        for (const auto& o : d.outputs) {
            for (const Exporter* x : exporters()) {
                if (fs::path(o).extension() == x->extension())
                    e.files[x->format()] = fs::path(o).filename().string();
            }
        }
        by_source.emplace(e.source, i);
        entries.push_back(std::move(e));
    }
    sort_index(entries);
    Engine& engine = *engines_[0];
    const int pdfa = job_.pdfa_part.value_or(0);
    if (job_.volume && !entries.empty()) {
        auto read_again = [&](const IndexEntry& e) -> Result<ReadDocument> {
            const DocumentPlan& p = plans_[by_source.at(e.source)];
            auto doc = engine.read({Area::Document, e.source});
            if (!doc) return doc;
            MemoLine* line = doc.value().doc().memo_line();
            if (line && p.memo_line && line->serial_from_register)
                line->memo.serial = p.memo_line->memo.serial;
            return doc;
        };
        auto volume = bound_volume(entries, engine, read_again, pdfa);
        if (!volume) return volume.error();
        const std::string path = (out_dir_ / "volume.pdf").string();
        if (auto st = write_file_atomically(path, volume.value(), how_); !st) return st.error();
        outcome.index_files.push_back(path);
    }
    if (!job_.index) return ok_status();
    const std::string csv = (out_dir_ / "index.csv").string();
    if (auto st = write_file_atomically(csv, index_csv(entries), how_); !st) return st.error();
    outcome.index_files.push_back(csv);
    // The index as a PDF, and in every other format asked for that makes an index.
    std::vector<std::string> index_formats = {"pdf"};
    for (const std::string& format : formats_) {
        if (format != "pdf" && find_exporter(format)->writes_index())
            index_formats.push_back(format);
    }
    for (const std::string& format : index_formats) {
        auto bytes = index_file(entries, engine, format, pdfa);
        if (!bytes) return bytes.error();
        const std::string path =
            (out_dir_ / ("index" + find_exporter(format)->extension())).string();
        if (auto st = write_file_atomically(path, bytes.value(), how_); !st) return st.error();
        outcome.index_files.push_back(path);
    }
    return ok_status();
}

Result<BulkOutcome> BulkRun::run() {
    for (const std::string& f : formats_) {
        if (auto e = exporter_for(f); !e) return e.error();
    }
    auto inputs = collect_bulk_inputs(job_.input, source_);
    if (!inputs) return inputs.error();
    inputs_ = std::move(inputs.value());
    if (auto st = prepare_folder(); !st) return st.error();
    auto folder_lock = FolderLock::take(state_dir_, job_.output_dir);
    if (!folder_lock) return folder_lock.error();

    const size_t n = inputs_.size();
    const size_t threads =
        std::max<size_t>(1, std::min<size_t>(job_.threads, std::max<size_t>(n, 1)));
    for (size_t w = 0; w < threads; ++w) {
        engines_.push_back(
            std::make_unique<Engine>(source_, EngineOptions{job_.allow_absolute_paths}));
    }
    plans_.resize(n);
    outcome_.documents.resize(n);
    state_ = {0, n, 0, nullptr};
    kept_.resize(kBatch);
    for (size_t first = 0; first < n; first += kBatch) {
        const size_t count = std::min(kBatch, n - first);
        parallel_for(count, threads, [&](size_t k, size_t w) {
            plans_[first + k] = plan(inputs_[first + k], *engines_[w], kept_[k]);
        });
        if (auto st = assign_serials(first, count); !st) return st.error();
        settle_names(first, count);
        parallel_for(count, threads, [&](size_t k, size_t w) {
            std::optional<ReadDocument> doc = std::move(kept_[k]);
            kept_[k].reset();
            render(first + k, std::move(doc), *engines_[w]);
        });
    }
    if (auto st = write_year_outputs(outcome_); !st) return st.error();
    return std::move(outcome_);
}

}  // namespace

Result<BulkOutcome> run_bulk(const BulkJob& job, const Source& source,
                             const BulkProgressFn& progress) {
    BulkRun run(job, source, progress);
    return run.run();
}

}  // namespace potro
