#include <cstdio>
#include <string>

#include "assembly/template.h"
#include "bangla/calendar.h"
#include "bangla/typed_date.h"
#include "bangla/weekday.h"
#include "bangla/wording.h"
#include "cli_util.h"
#include "commands.h"
#include "options.h"

namespace potro::cli {

namespace {

constexpr const char* kHelp =
    "usage: potro date YYYY-MM-DD [--template NAME] [--one-line] [--numeric] [--weekday]\n"
    "\n"
    "Prints the date as potro writes it beside a memo number: the revised Bangla calendar's\n"
    "date on the first line, the Gregorian date on the second, in Bangla digits.\n"
    "\n"
    "      --template NAME  write it in that template's wording (default: standard)\n"
    "      --one-line       both on one line, separated by \"/\" (the gazette style)\n"
    "      --numeric        the e-Nothi signing date, ০৬-০৫-২০২৫\n"
    "      --weekday        the day of the week as well, on a line of its own (মঙ্গলবার)\n"
    "      --templates DIR  the templates folder (default: potro's own)\n"
    "  -h, --help           this help\n";

}  // namespace

int run_date(int argc, char** argv) {
    enum { kTemplate = 1000, kOneLine, kNumeric, kWeekday };
    SourceOptions source;
    std::string tpl_name = "standard";
    bool one_line = false, numeric = false, with_weekday = false;
    OptionParser parser("date");
    parser.with(source).own("template", true, kTemplate).own("one-line", false, kOneLine);
    parser.own("numeric", false, kNumeric).own("weekday", false, kWeekday);
    parser.own("help", false, 'h');
    auto stop = parser.parse(argc, argv, "h", [&](int c, const char* v) -> std::optional<int> {
        switch (c) {
            case kTemplate:
                tpl_name = v;
                return std::nullopt;
            case kOneLine:
                one_line = true;
                return std::nullopt;
            case kNumeric:
                numeric = true;
                return std::nullopt;
            case kWeekday:
                with_weekday = true;
                return std::nullopt;
            case 'h':
                std::fputs(kHelp, stdout);
                return kExitOk;
        }
        return usage_error("date", "unknown option");
    });
    if (stop) return *stop;
    if (optind + 1 != argc) return usage_error("date", "give one date as YYYY-MM-DD");
    const TypedDate typed = read_typed_date(argv[optind]);
    if (!typed.date) {
        return usage_error("date",
                           std::string("\"") + argv[optind] + "\" is not a date: " + typed.problem);
    }
    const GregorianDate* date = &*typed.date;
    const auto opened = source.open();
    auto tpl = load_template(*opened, "minutes", tpl_name);
    if (!tpl) return usage_error("date", tpl.error().message);
    const DateWording& w = tpl.value().dates;
    const std::string weekday = with_weekday ? bangla_weekday(weekday_of(*date)) + "\n" : "";
    if (numeric) {
        std::printf("%s\n%s", format_numeric_date(*date, "-").c_str(), weekday.c_str());
        return kExitOk;
    }
    const std::string bangla = format_bangla_date(to_bangla(*date), w);
    const std::string gregorian = format_gregorian_date(*date, w);
    std::printf(one_line ? "%s/%s\n" : "%s\n%s\n", bangla.c_str(), gregorian.c_str());
    std::fputs(weekday.c_str(), stdout);
    return kExitOk;
}

}  // namespace potro::cli
