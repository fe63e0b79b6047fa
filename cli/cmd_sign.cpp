#include <cstdio>
#include <string>

#include "cli_util.h"
#include "commands.h"
#include "jobs/sign_job.h"
#include "options.h"
#include "system_clock.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro sign FILE.pdf --field NAME --p12 CERT.p12 [--password-file F] -o SIGNED.pdf\n"
    "\n"
    "Signs the empty signature field NAME of a PDF potro made (a <signature field=\"NAME\">)\n"
    "with the key and certificate in CERT.p12: a detached CMS signature (PAdES baseline B-B)\n"
    "added as an incremental update, so the original bytes and earlier signatures stay as they\n"
    "are. The field shows the signatory's name and designation and the date, in Bangla.\n"
    "\n"
    "      --field NAME         the field to sign (potro sign lists them when it is wrong)\n"
    "      --p12 FILE           the PKCS#12 (.p12, .pfx) file with the key and certificate\n"
    "      --password-file F    its password, on the first line of F (default: none)\n"
    "  -o, --output FILE        the signed PDF (may be FILE.pdf itself)\n"
    "  -h, --help               this help\n";

}  // namespace

int run_sign(int argc, char** argv) {
    enum { kField = 1000, kP12, kPasswordFile };
    SourceOptions source;
    SignJob job;
    std::string password_file;
    OptionParser parser("sign");
    parser.own("field", true, kField).own("p12", true, kP12);
    parser.own("password-file", true, kPasswordFile).own("output", true, 'o');
    parser.own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "o:h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case kField:
                job.field = v;
                return std::nullopt;
            case kP12:
                job.p12 = v;
                return std::nullopt;
            case kPasswordFile:
                password_file = v;
                return std::nullopt;
            case 'o':
                job.output = v;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("sign", "unknown option");
    });
    if (stop) return *stop;
    if (optind + 1 != argc) return usage_error("sign", "give exactly one PDF");
    if (job.field.empty()) return usage_error("sign", "name the field with --field NAME");
    if (job.p12.empty()) return usage_error("sign", "give the key with --p12 FILE");
    if (job.output.empty()) return usage_error("sign", "give the signed file with -o FILE");
    job.input = argv[optind];
    // Signing records when it happened: the one command that hands the library a clock.
    const auto opened = source.open(system_now);
    const Source& files = *opened;
    if (!password_file.empty()) {
        auto pw = files.read({Area::Document, password_file});
        if (!pw) {
            std::fprintf(stderr, "%s\n", pw.error().to_string().c_str());
            return kExitFailed;
        }
        job.password = pw.value().substr(0, pw.value().find_first_of("\r\n"));
    }
    auto outcome = potro::run_sign(job, files);
    if (!outcome) {
        std::fprintf(stderr, "%s\n", outcome.error().to_string().c_str());
        return kExitFailed;
    }
    std::printf("%s: field \"%s\" signed by %s at %s\n", job.output.c_str(), job.field.c_str(),
                outcome.value().signer.c_str(), outcome.value().time.c_str());
    return kExitOk;
}

}  // namespace potro::cli
