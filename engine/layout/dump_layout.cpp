#include "layout/dump_layout.h"

#include <cstdio>
#include <filesystem>

#include "base/unicode.h"

namespace potro {

namespace {
std::string one_decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::abs(v) < 0.05 ? 0.0 : v);
    return buf;
}
}  // namespace

std::string dump_layout(const LaidOutDocument& doc) {
    std::string out;
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        const Page& page = doc.pages[p];
        out += "page " + std::to_string(p + 1) + " " + one_decimal(page.width) + "x" +
               one_decimal(page.height) + "\n";
        for (const FrameItem& any : page.items) {
            if (const auto* t = std::get_if<TextItem>(&any)) {
                const auto& m = t->font->metrics();
                out += "  text " + one_decimal(t->x) + "," + one_decimal(t->y) + " " +
                       m.postscript_name + " " + one_decimal(t->size) + " \"" +
                       utf16_to_utf8(t->text) + "\"\n";
            } else if (const auto* b = std::get_if<BoxItem>(&any)) {
                out += "  box " + one_decimal(b->x) + "," + one_decimal(b->y) + " " +
                       one_decimal(b->w) + "x" + one_decimal(b->h) + "\n";
            } else if (const auto* r = std::get_if<RuleItem>(&any)) {
                out += "  rule " + one_decimal(r->x1) + "," + one_decimal(r->y1) + " " +
                       one_decimal(r->x2) + "," + one_decimal(r->y2) + "\n";
            } else if (const auto* im = std::get_if<ImageItem>(&any)) {
                out += "  image " + one_decimal(im->x) + "," + one_decimal(im->y) + " " +
                       one_decimal(im->w) + "x" + one_decimal(im->h) + " " +
                       std::filesystem::path(im->image->name).filename().string() + "\n";
            }
        }
    }
    return out;
}

}  // namespace potro
