#include "bulk/index_document.h"

#include <algorithm>
#include <cstdio>

#include "bangla/digits.h"
#include "base/csv.h"
#include "base/unicode.h"
#include "export/exporter.h"

namespace potro {

namespace {

ParaBlock cell_para(const std::u16string& text, float size, Align align, bool bold,
                    float line_height) {
    return single_style_para(text, size, align, bold, line_height, StyleRole::TableText);
}

}  // namespace

void sort_index(std::vector<IndexEntry>& entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const IndexEntry& a, const IndexEntry& b) {
        // Undated meetings go last.
        if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
        if (a.date && *a.date != *b.date) return *a.date < *b.date;
        if (a.memo != b.memo) return a.memo < b.memo;
        return a.source < b.source;
    });
}

AssembledDocument assemble_index(const std::vector<IndexEntry>& entries, const Template& tpl,
                                 const std::u16string& title) {
    AssembledDocument doc;
    // A register is wide: the template's page turned to landscape.
    doc.page = tpl.page;
    std::swap(doc.page.width, doc.page.height);
    doc.page_numbers = tpl.page_numbers;
    doc.page_numbers.from = 1;
    doc.style_name = tpl.name;
    doc.info.title = utf16_to_utf8(title);
    doc.info.subject = "সভার কার্যবিবরণীর তালিকা";

    const float size = tpl.small_size;
    ParaBlock head = cell_para(title, tpl.title_size, Align::Center, true, tpl.line_height);
    head.role = StyleRole::Title;
    head.space_after = tpl.paragraph_gap * 2;
    doc.blocks.push_back(DocBlock{std::move(head)});

    TableBlock t;
    // A year of minutes lists its chairs; a year of letters, orders and minutes also says what
    // each document is, and who chaired or signed it.
    const bool mixed = std::any_of(entries.begin(), entries.end(), [](const IndexEntry& e) {
        return !e.kind.empty() && e.kind != u"সভার কার্যবিবরণী";
    });
    // The memo number is the longest unbreakable text: its column is wide and its size small.
    std::vector<std::u16string> heads = {u"ক্রমিক",  u"তারিখ",      u"বিষয়",
                                         u"সভাপতি", u"স্মারক নম্বর", u"পৃষ্ঠা"};
    t.widths = {0.06f, 0.11f, 0.37f, 0.16f, 0.25f, 0.05f};
    if (mixed) {
        heads = {u"ক্রমিক", u"তারিখ", u"ধরন", u"বিষয়", u"সভাপতি/স্বাক্ষরকারী", u"স্মারক নম্বর", u"পৃষ্ঠা"};
        t.widths = {0.05f, 0.11f, 0.13f, 0.27f, 0.15f, 0.24f, 0.05f};
    }
    std::vector<Cell> head_row;
    for (const std::u16string& h : heads)
        head_row.push_back({cell_para(h, size, Align::Center, true, tpl.line_height)});
    t.head.push_back(std::move(head_row));
    for (size_t i = 0; i < entries.size(); ++i) {
        const IndexEntry& e = entries[i];
        std::u16string date =
            e.date ? utf16_of(format_gregorian_date(*e.date, DateWording{true, "", ""})) : u"—";
        // A date is one thing: it is never broken over two lines of its cell.
        std::replace(date.begin(), date.end(), u' ', u'\u00A0');
        std::vector<Cell> row;
        row.push_back({cell_para(utf16_of(bangla_number(i + 1)), size, Align::Center, false,
                                 tpl.line_height)});
        row.push_back({cell_para(date, size, Align::Left, false, tpl.line_height)});
        if (mixed) row.push_back({cell_para(e.kind, size, Align::Left, false, tpl.line_height)});
        row.push_back({cell_para(e.subject, size, Align::Left, false, tpl.line_height)});
        row.push_back({cell_para(e.person, size, Align::Left, false, tpl.line_height)});
        row.push_back({cell_para(e.memo.empty() ? u"—" : utf16_of(e.memo), size - 1, Align::Left,
                                 false, tpl.line_height)});
        row.push_back({cell_para(utf16_of(bangla_number(e.pages)), size, Align::Center, false,
                                 tpl.line_height)});
        t.rows.push_back(std::move(row));
    }
    t.role = StyleRole::TableText;
    doc.blocks.push_back(DocBlock{std::move(t)});
    return doc;
}

std::string index_csv(const std::vector<IndexEntry>& entries) {
    std::string out = kCsvByteOrderMark;
    // A column per format potro writes, in the exporters' order, whichever this run wrote.
    out += "date,bangla_date,kind,subject,chair,memo_number,pages,";
    for (const Exporter* x : exporters()) out += x->format() + ",";
    out += "source\r\n";
    for (const IndexEntry& e : entries) {
        const std::string bangla =
            e.date ? format_bangla_date(to_bangla(*e.date), DateWording{true, "", ""}) : "";
        out += csv_field(e.date ? format_iso_date(*e.date) : "") + "," + csv_field(bangla) + "," +
               csv_field(utf16_to_utf8(e.kind)) + "," + csv_field(utf16_to_utf8(e.subject)) + "," +
               csv_field(utf16_to_utf8(e.person)) + "," + csv_field(e.memo) + "," +
               std::to_string(e.pages) + ",";
        for (const Exporter* x : exporters()) {
            const auto f = e.files.find(x->format());
            out += csv_field(f == e.files.end() ? "" : f->second) + ",";
        }
        out += csv_field(e.source) + "\r\n";
    }
    return out;
}

}  // namespace potro
