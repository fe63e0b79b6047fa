#include "jobs/sign_job.h"

#include <cstdio>
#include <ctime>

#include "assembly/blocks.h"
#include "bangla/calendar.h"
#include "bangla/digits.h"
#include "bangla/wording.h"
#include "base/unicode.h"
#include "io/atomic_file.h"
#include "layout/flow.h"
#include "pdf/cms_signer.h"
#include "pdf/export_pdf.h"
#include "pdf/sign_pdf.h"
#include "text/font_set.h"

namespace potro {

namespace {

// The clock's moment as a local date and time.
struct LocalTime {
    GregorianDate date;
    int hour = 0, minute = 0, second = 0;
    long offset_minutes = 0;  // east of UTC
};

LocalTime local_time(const Moment& m) {
    // Civil time from days since 1970-01-01 (Howard Hinnant's algorithm), so that the
    // clock's offset, not the machine's time zone, decides the date.
    const int64_t local = m.unix_seconds + int64_t{m.utc_offset_minutes} * 60;
    int64_t days = local / 86400;
    int64_t secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        days -= 1;
    }
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t doe = days - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t mo = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
    return {{static_cast<int>(y), static_cast<int>(mo), static_cast<int>(d)},
            static_cast<int>(secs / 3600),
            static_cast<int>(secs / 60 % 60),
            static_cast<int>(secs % 60),
            m.utc_offset_minutes};
}

std::string pdf_date(const LocalTime& m) {
    char buf[40];
    const long off = m.offset_minutes < 0 ? -m.offset_minutes : m.offset_minutes;
    std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d%c%02ld'%02ld'", m.date.year,
                  m.date.month, m.date.day, m.hour, m.minute, m.second,
                  m.offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
    return buf;
}

ParaBlock line(const std::u16string& text, float size, bool bold) {
    return single_style_para(text, size, Align::Center, bold, 1.0f, StyleRole::Signature);
}

// The look of the signed field: who signed and when, in Bangla, set by potro's own layout and
// made into a one-page PDF the size of the field.
Result<std::string> appearance(const pdf::SignatureField& f, const LocalTime& when,
                               const FontSet& fonts) {
    std::vector<std::u16string> lines;
    lines.push_back(u"ডিজিটাল স্বাক্ষর");
    for (size_t a = 0; a <= f.signatory.size();) {
        size_t b = f.signatory.find('\n', a);
        if (b == std::string::npos) b = f.signatory.size();
        if (b > a) lines.push_back(utf16_of(f.signatory.substr(a, b - a)));
        a = b + 1;
    }
    char hm[16];
    std::snprintf(hm, sizeof hm, "%02d:%02d", when.hour, when.minute);
    lines.push_back(u"তারিখ: " + utf16_of(format_numeric_date(when.date, "-")) + u", সময়: " +
                    utf16_of(to_bangla_digits(hm)));
    const float w = static_cast<float>(f.x2 - f.x1), h = static_cast<float>(f.y2 - f.y1);
    for (float size = 9; size >= 4; size -= 0.5f) {
        AssembledDocument doc;
        doc.page.width = w;
        doc.page.height = h;
        doc.page.margin_top = doc.page.margin_bottom = 1;
        doc.page.margin_left = doc.page.margin_right = 2;
        doc.page_numbers.from = 1000000;  // none
        for (size_t i = 0; i < lines.size(); ++i)
            doc.blocks.push_back(DocBlock{line(lines[i], size, i == 1)});
        ShapeCache cache;
        FlowResult laid = layout_document(doc, fonts, &cache);
        if (laid.document.pages.size() == 1 || size <= 4) return pdf::export_pdf(laid.document);
    }
    return make_error({}, "the signature's appearance does not fit its field");
}

}  // namespace

Result<SignOutcome> run_sign(const SignJob& job, const Source& source) {
    auto bytes = source.read({Area::Document, job.input});
    if (!bytes) return bytes.error();
    auto key = source.read({Area::Document, job.p12});
    if (!key) return make_error({job.p12, 0, 0}, "cannot open the certificate file");
    auto signer = pdf::CmsSigner::from_p12(key.value(), job.p12, job.password);
    if (!signer) return signer.error();
    auto fields = pdf::signature_fields(bytes.value(), job.input);
    if (!fields) return fields.error();
    auto field = pdf::signable_field(fields.value(), job.field, job.input);
    if (!field) return field.error();
    auto fonts = FontSet::load(FontSetSpec::bundled(), source);
    if (!fonts) return fonts.error();
    const LocalTime when = local_time(source.now());
    pdf::SignOptions options;
    options.field = job.field;
    options.signer_name = signer.value().subject_name();
    options.signing_time = pdf_date(when);
    auto look = appearance(field.value(), when, fonts.value());
    if (!look) return look.error();
    options.appearance_pdf = std::move(look.value());
    auto signed_pdf = pdf::sign_pdf(bytes.value(), job.input, options, signer.value());
    if (!signed_pdf) return signed_pdf.error();
    if (auto st = write_file_atomically(job.output, signed_pdf.value()); !st) return st.error();
    return SignOutcome{options.signer_name, options.signing_time};
}

}  // namespace potro
