#include "model/element_reader.h"

#include "bangla/digits.h"
#include "base/numbers.h"

namespace potro {

int ElementReader::start_number(const xmlNode* n) const {
    const auto v = read_integer(to_ascii_digits(xml::attr(n, "start", "1")));
    if (!v || *v < 1 || *v > 9999)
        fail(n, "start=\"" + xml::attr(n, "start") + "\" must be a whole number from 1, such as 3");
    return static_cast<int>(*v);
}

Block ElementReader::paragraph(const xmlNode* n) const {
    expect_only(n, {"b", "i", "br"});
    ParagraphNode p;
    p.text = rich(n);
    p.label = u16(xml::attr(n, "label"));
    return Block{p};
}

Block ElementReader::heading(const xmlNode* n) const {
    expect_only(n, {"b", "i", "br"});
    HeadingNode h;
    h.text = rich(n);
    h.label = u16(xml::attr(n, "label"));
    const std::string level = xml::attr(n, "level", "1");
    if (level != "1" && level != "2" && level != "3")
        fail(n, "level=\"" + level + "\" must be 1, 2 or 3");
    h.level = level[0] - '0';
    if (h.text.empty()) fail(n, "<heading> has no text; write the heading or remove it");
    return Block{h};
}

Block ElementReader::list(const xmlNode* n) const {
    expect_only(n, {"item"});
    ListNode l;
    l.numbering = numbering(n, "১.");
    l.start = start_number(n);
    for (const xmlNode* item : xml::children(n)) l.items.push_back(blocks(item));
    if (l.items.empty()) fail(n, "<list> has no <item>; add items or remove the list");
    return Block{l};
}

Block ElementReader::table(const xmlNode* n) const {
    expect_only(n, {"head", "row"});
    TableNode t;
    t.pos = pos(n);
    t.borders = yes_no(n, "borders", true);
    for (const xmlNode* section : xml::children(n)) {
        expect_only(section, {"cell"});
        std::vector<Blocks> cells;
        for (const xmlNode* cell : xml::children(section)) cells.push_back(blocks(cell));
        (xml::name(section) == "head" ? t.head : t.rows).push_back(std::move(cells));
    }
    if (t.rows.empty()) fail(n, "<table> has no <row>; a table needs at least one row");
    size_t columns = t.head.empty() ? t.rows.front().size() : t.head.front().size();
    const std::string widths = xml::attr(n, "widths");
    if (!widths.empty()) {
        std::string word;
        for (char c : widths + " ") {
            if (c == ' ') {
                if (!word.empty()) {
                    const auto w = read_decimal(word);
                    if (!w || *w <= 0 || *w > 1000)
                        fail(n, "widths=\"" + widths + "\" must be positive numbers");
                    t.widths.push_back(*w);
                }
                word.clear();
            } else {
                word += c;
            }
        }
        columns = t.widths.size();
    }
    const auto row_nodes = xml::children(n);
    for (size_t r = 0; r < row_nodes.size(); ++r) {
        const size_t count = xml::children(row_nodes[r]).size();
        if (count != columns) {
            error(row_nodes[r], "this <" + xml::name(row_nodes[r]) + "> has " +
                                    std::to_string(count) + " cells but the table has " +
                                    std::to_string(columns) + " columns");
        }
    }
    if (t.widths.empty()) t.widths.assign(columns, 1.0);
    return Block{t};
}

namespace {

// A notice's topic as an agenda item's title: without the ';' or '।' that ends it in the
// notice's list.
RichText as_title(RichText t) {
    while (!t.spans.empty()) {
        std::u16string& s = t.spans.back().text;
        while (!s.empty() && (s.back() == u';' || s.back() == u'।' || s.back() == u',' ||
                              s.back() == u' ' || s.back() == u'\n' || s.back() == u'\t'))
            s.pop_back();
        if (!s.empty()) break;
        t.spans.pop_back();
    }
    return t;
}

}  // namespace

Block ElementReader::agenda(const xmlNode* n, const std::vector<RichText>* titles) const {
    expect_only(n, {"item"});
    AgendaNode a;
    a.numbering = numbering(n, "১.০");
    a.start = start_number(n);
    size_t index = static_cast<size_t>(std::max(a.start, 1) - 1);
    for (const xmlNode* item : xml::children(n)) {
        expect_only(item, {"title", "discussion", "decision"});
        AgendaItem ai;
        if (const xmlNode* title = xml::child(item, "title")) {
            ai.title = rich(title);
            if (xml::has_attr(title, "label")) ai.title_label = u16(xml::attr(title, "label"));
        } else if (titles && index < titles->size()) {
            ai.title = as_title((*titles)[index]);
            ai.title.pos = pos(item);
        } else if (titles) {
            fail(item, "this is agenda item " + std::to_string(index + 1) +
                           " and the notice the minutes follow has " +
                           std::to_string(titles->size()) +
                           " in its agenda, so there is no title to take; give it its own <title>");
        } else {
            fail(item,
                 "an agenda <item> needs a <title> (the আলোচ্য বিষয়); minutes that follow "
                 "a notice may leave it out to take the notice's");
        }
        ++index;
        if (const xmlNode* d = xml::child(item, "discussion")) {
            ai.discussion = blocks(d);
            if (xml::has_attr(d, "label")) ai.discussion_label = u16(xml::attr(d, "label"));
        }
        if (const xmlNode* d = xml::child(item, "decision")) {
            ai.decision = blocks(d);
            if (xml::has_attr(d, "label")) ai.decision_label = u16(xml::attr(d, "label"));
        }
        a.items.push_back(std::move(ai));
    }
    return Block{a};
}

Blocks ElementReader::blocks(const xmlNode* n, const std::vector<RichText>* agenda_titles) const {
    Blocks out;
    bool structured = false;
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        structured = structured || nm == "p" || nm == "heading" || nm == "list" || nm == "table" ||
                     nm == "agenda";
    }
    if (!structured) {
        ParagraphNode p;
        p.text = rich(n);
        p.label = u16(xml::attr(n, "label"));
        if (!p.text.empty()) out.push_back(Block{p});
        return out;
    }
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && !xml::text(c).empty()) {
            error(n, "text beside <p>, <list> or <table> in <" + xml::name(n) +
                         ">: put it in its own <p>");
        }
    }
    for (const xmlNode* c : xml::children(n)) {
        const std::string nm = xml::name(c);
        if (nm == "p")
            out.push_back(paragraph(c));
        else if (nm == "heading")
            out.push_back(heading(c));
        else if (nm == "list")
            out.push_back(list(c));
        else if (nm == "table")
            out.push_back(table(c));
        else if (nm == "agenda")
            out.push_back(agenda(c, agenda_titles));
        else
            error(c, "unknown element <" + nm + "> in <" + xml::name(n) +
                         ">; expected <p>, <heading>, <list>, <table> or <agenda>");
    }
    return out;
}

}  // namespace potro
