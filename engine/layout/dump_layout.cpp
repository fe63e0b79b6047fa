#include "layout/dump_layout.h"

#include <cstdio>
#include <filesystem>

#include "base/unicode.h"

namespace potro {

namespace {
std::string f1(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::abs(v) < 0.05 ? 0.0 : v);
    return buf;
}
}  // namespace

std::string dump_layout(const LaidOutDocument& doc) {
    std::string out;
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        const Page& page = doc.pages[p];
        out +=
            "page " + std::to_string(p + 1) + " " + f1(page.width) + "x" + f1(page.height) + "\n";
        for (const FrameItem& any : page.items) {
            if (const auto* t = std::get_if<TextItem>(&any)) {
                const auto& m = t->font->metrics();
                out += "  text " + f1(t->x) + "," + f1(t->y) + " " + m.postscript_name + " " +
                       f1(t->size) + " \"" + utf16_to_utf8(t->text) + "\"\n";
            } else if (const auto* b = std::get_if<BoxItem>(&any)) {
                out +=
                    "  box " + f1(b->x) + "," + f1(b->y) + " " + f1(b->w) + "x" + f1(b->h) + "\n";
            } else if (const auto* r = std::get_if<RuleItem>(&any)) {
                out += "  rule " + f1(r->x1) + "," + f1(r->y1) + " " + f1(r->x2) + "," + f1(r->y2) +
                       "\n";
            } else if (const auto* im = std::get_if<ImageItem>(&any)) {
                out += "  image " + f1(im->x) + "," + f1(im->y) + " " + f1(im->w) + "x" +
                       f1(im->h) + " " +
                       std::filesystem::path(im->image->name).filename().string() + "\n";
            }
        }
    }
    return out;
}

}  // namespace potro
