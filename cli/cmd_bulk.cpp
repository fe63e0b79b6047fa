#include <getopt.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <thread>

#include "cli_util.h"
#include "commands.h"
#include "json.h"
#include "options.h"
#include "potro/bulk.h"
#include "progress_bar.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro bulk DIR|MANIFEST -o OUTDIR [options]\n"
    "\n"
    "Exports many meetings at once: every minutes file under DIR (recursively), or each file a\n"
    "MANIFEST lists (one path a line, relative to the manifest; # starts a comment). Each\n"
    "meeting becomes DATE_MEMO.pdf and DATE_MEMO.docx in OUTDIR, with index.csv and index.pdf,\n"
    "the register of all of them. A bad document is reported and skipped; the others complete.\n"
    "Outputs are renamed into place whole; a rerun skips what is up to date.\n"
    "\n"
    "  -o, --output-dir DIR   where to write (required; created if missing)\n"
    "  -j, --jobs N           documents rendered at once (default: the number of cores)\n"
    "      --pdf              write the PDFs (without --docx: only the PDFs)\n"
    "      --docx             write the DOCX files (without --pdf: only those)\n"
    "      --register FILE    the memo register that gives serial=\"auto\" memo numbers their\n"
    "                         serial (default: OUTDIR/memo-register.sqlite)\n"
    "      --force            render every document, also those up to date\n"
    "      --no-index         do not write index.csv and index.pdf\n"
    "      --volume           also volume.pdf: every meeting in the index's order, one PDF\n"
    "                         with a bookmark at each meeting\n"
    "      --per-recipient    also a copy for each recipient of each document, marked for\n"
    "                         them, in OUTDIR/copies/NAME/ with NAME-recipients.csv\n"
    "      --pdfa[=2|3]       archival PDFs (PDF/A-2u, or PDF/A-3u carrying each meeting's\n"
    "                         source files); --no-pdfa for plain PDFs whatever the templates say\n"
    "      --no-fsync         do not flush each file to disk before renaming it (faster; a\n"
    "                         power cut may then lose recent files, never leave broken ones\n"
    "                         under an output's name on ext4 and XFS)\n"
    "      --templates DIR    the templates folder (default: potro's own)\n"
    "      --allow-absolute-paths  let documents name their letterhead and emblem files by\n"
    "                         absolute path (refused by default)\n"
    "  -q, --quiet            no progress bar and no warnings; errors are still printed\n"
    "      --json             print a summary as JSON on standard output\n"
    "  -h, --help             this help\n"
    "\n"
    "Exit status: 0 all documents done, 1 some failed, 2 usage error or the run could not\n"
    "start (output folder, register).\n";

const char* state_name(BulkState s) {
    switch (s) {
        case BulkState::Rendered:
            return "rendered";
        case BulkState::UpToDate:
            return "up-to-date";
        case BulkState::Failed:
            return "failed";
    }
    return "failed";
}

std::string summary_json(const BulkJob& job, const BulkOutcome& out, double seconds) {
    std::string j = "{\"input\":" + json_string(job.input) +
                    ",\"output_dir\":" + json_string(job.output_dir) +
                    ",\"documents\":" + std::to_string(out.documents.size()) +
                    ",\"rendered\":" + std::to_string(out.rendered) +
                    ",\"up_to_date\":" + std::to_string(out.up_to_date) +
                    ",\"failed\":" + std::to_string(out.failed);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", seconds);
    j += ",\"seconds\":" + std::string(buf) + ",\"index\":[";
    for (size_t i = 0; i < out.index_files.size(); ++i)
        j += (i ? "," : "") + json_string(out.index_files[i]);
    j += "],\"results\":[";
    for (size_t i = 0; i < out.documents.size(); ++i) {
        const BulkDocument& d = out.documents[i];
        j += std::string(i ? "," : "") + "\n{\"input\":" + json_string(d.input) +
             ",\"state\":" + json_string(state_name(d.state)) +
             ",\"pages\":" + std::to_string(d.pages) + ",\"memo\":" + json_string(d.memo) +
             ",\"outputs\":[";
        for (size_t k = 0; k < d.outputs.size(); ++k)
            j += (k ? "," : "") + json_string(d.outputs[k]);
        j += "],\"copies\":[";
        for (size_t k = 0; k < d.copies.size(); ++k) j += (k ? "," : "") + json_string(d.copies[k]);
        j += "],\"diagnostics\":[";
        for (size_t k = 0; k < d.diagnostics.size(); ++k)
            j += (k ? "," : "") + json_diagnostic(d.diagnostics[k]);
        j += "]}";
    }
    return j + "]}\n";
}

}  // namespace

int run_bulk(int argc, char** argv) {
    enum { kForce = 1000, kNoIndex, kNoFsync, kJson, kVolume, kPerRecipient };
    SourceOptions source;
    FormatOptions formats;
    ArchiveOptions archive;
    RegisterOptions reg;
    BulkJob job;
    job.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    bool quiet = false, json = false;
    OptionParser parser("bulk");
    parser.with(source).with(formats).with(archive).with(reg);
    parser.own("output-dir", true, 'o').own("jobs", true, 'j').own("force", false, kForce);
    parser.own("no-index", false, kNoIndex).own("volume", false, kVolume);
    parser.own("per-recipient", false, kPerRecipient);
    parser.own("no-fsync", false, kNoFsync).own("quiet", false, 'q').own("json", false, kJson);
    parser.own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "o:j:qh", [&](int c, const char* v) -> std::optional<int> {
        double jobs = 0;
        switch (c) {
            case 'o':
                job.output_dir = v;
                break;
            case 'j':
                if (!parse_number(v, 1, 256, &jobs) || jobs != static_cast<int>(jobs))
                    return usage_error("bulk", "-j takes a whole number from 1 to 256");
                job.threads = static_cast<int>(jobs);
                break;
            case kForce:
                job.force = true;
                break;
            case kNoIndex:
                job.index = false;
                break;
            case kVolume:
                job.volume = true;
                break;
            case kPerRecipient:
                job.per_recipient = true;
                break;
            case kNoFsync:
                job.flush_to_disk = false;
                break;
            case 'q':
                quiet = true;
                break;
            case kJson:
                json = true;
                break;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
            default:
                return usage_error("bulk", "unknown option");
        }
        return std::nullopt;
    });
    if (stop) return *stop;
    job.formats = formats.formats;
    job.pdfa_part = archive.pdfa_part;
    job.register_path = reg.path;
    job.allow_absolute_paths = source.allow_absolute_paths;
    if (optind + 1 != argc) return usage_error("bulk", "give one folder or manifest");
    if (job.output_dir.empty()) return usage_error("bulk", "give the output folder with -o DIR");
    job.input = argv[optind];

    ProgressBar bar(stderr, !quiet && isatty(STDERR_FILENO));
    const auto opened = source.open();
    const Source& files = *opened;
    auto outcome = potro::run_bulk(job, files, [&](const BulkProgress& p) {
        for (const Diagnostic& d : p.document->diagnostics) {
            if (!quiet || d.severity == Severity::Error) bar.note(d.to_string());
        }
        bar.update(p.done, p.total, p.failed);
    });
    bar.finish();
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().to_string().c_str());
        return kExitUsage;
    }
    const BulkOutcome& out = outcome.value();
    const double seconds = bar.seconds();
    if (json) std::fputs(summary_json(job, out, seconds).c_str(), stdout);
    if (!quiet) {
        std::fprintf(stderr,
                     "potro bulk: %zu documents: %zu rendered, %zu up to date, %zu failed "
                     "(%.1f s)\n",
                     out.documents.size(), out.rendered, out.up_to_date, out.failed, seconds);
    }
    return out.failed ? kExitFailed : kExitOk;
}

}  // namespace potro::cli
