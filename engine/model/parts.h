// The parts every official document shares, as the user described them: text with inline
// styles, the letterhead, people and their signatures, the memo line with its date, lists of
// recipients, and body blocks (paragraphs, lists, tables, agendas). Each kind's model is built
// from these. Dates and times are values (potro writes them); text is NFC UTF-16.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "bangla/calendar.h"
#include "bangla/memo_number.h"
#include "bangla/numbering.h"
#include "bangla/wording.h"
#include "doc/image.h"
#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

// Text with inline bold/italic, as written in <p>, <cell>, <item> ...
struct InlineSpan {
    std::u16string text;
    bool bold = false;
    bool italic = false;
};
struct RichText {
    std::vector<InlineSpan> spans;
    SourcePos pos;
    bool empty() const;
    std::u16string plain() const;
};

struct Letterhead {
    std::vector<std::u16string> lines;  // গণপ্রজাতন্ত্রী বাংলাদেশ সরকার, ministry, office, branch
    std::vector<std::u16string> address;  // the office's address, a line each
    std::u16string phone, fax, email;     // as typed, with their own words (ফোন: …)
    std::u16string website;
    // Phone, fax and e-mail on the one line letterheads print them on ("ফোন: …, ই-মেইল: …").
    std::u16string contact() const;
    ImageRef emblem;  // read and checked with the document; null when absent or unusable
    float emblem_height_mm = 18;
};

struct Person {
    std::u16string name;
    std::u16string designation;  // may hold several lines joined by '\n' (dual roles "ও")
    std::u16string office;
    std::u16string phone;
    std::u16string fax;
    std::u16string email;
};

struct Signature {
    Person person;
    std::u16string marker;                   // "স্বাক্ষরিত/-"
    std::optional<GregorianDate> signed_on;  // e-Nothi prints the signing date above the name
    bool name_in_parentheses = false;
    std::string field;  // name of the signature field (for signing later)
    SourcePos pos;
};

// The স্মারক নম্বর and the date it was issued on, printed as one row.
struct MemoLine {
    MemoNumber memo;
    // serial="auto": the file code is given and a memo register assigns the letter's serial;
    // until it has, memo.serial is empty and the document cannot be rendered.
    bool serial_from_register = false;
    std::u16string label = u"স্মারক নম্বর";
    GregorianDate date;
    SourcePos pos;
    SourcePos date_pos;  // of its <date>: what a warning about the date points at
};

struct Recipient {
    RichText text;
    std::u16string purpose;  // printed in parentheses after the recipient
    std::u16string email;    // where its copy is sent (per-recipient copies list it)
    // This copy is the one sent to this recipient: its entry is printed in bold.
    bool marked = false;
    // The entry as it prints: the text, then the purpose in parentheses.
    std::u16string printed() const;
};

struct RecipientList {
    std::u16string heading;  // "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):"
    NumberingStyle numbering;
    std::vector<Recipient> recipients;
    bool office_copy = false;  // "অফিস কপি" as the last item
};

// পৃষ্ঠাঙ্কন (endorsement): the memo-numbered part that forwards a signed document or copies
// of it — its own memo line and date, the lists it is sent to, the forwarding officer. Minutes
// are issued with one (<issue>); letters, orders and notifications may carry one.
struct Endorsement {
    MemoLine memo_line;
    bool new_page = false;
    bool repeat_letterhead = false;
    std::vector<RecipientList> lists;   // distribution, copies
    std::vector<Signature> signatures;  // the forwarding officer
    SourcePos pos;
};

// Every list of the given groups (null ones skipped), in order: what per-recipient copies walk
// to mark an entry.
std::vector<RecipientList*> list_pointers(
    std::initializer_list<std::vector<RecipientList>*> groups);

struct Block;
using Blocks = std::vector<Block>;

struct ParagraphNode {
    RichText text;
    std::u16string label;  // a number as written ("০২।", "২.০")
};

// A heading inside the body (১.২ সিদ্ধান্ত:): kept with what follows it on the page.
struct HeadingNode {
    RichText text;
    std::u16string label;
    int level = 1;  // 1 to 3
};

struct ListNode {
    NumberingStyle numbering;
    int start = 1;
    std::vector<Blocks> items;  // each item: paragraphs, nested lists ...
};

struct TableNode {
    std::vector<double> widths;  // relative
    std::vector<std::vector<Blocks>> head;
    std::vector<std::vector<Blocks>> rows;
    std::optional<NumberingStyle> numbering;  // first column numbered automatically
    bool borders = true;
    SourcePos pos;
};

struct AgendaItem {
    RichText title;
    std::u16string title_label = u"আলোচ্য বিষয়";
    Blocks discussion;
    std::u16string discussion_label = u"আলোচনা";
    Blocks decision;
    std::u16string decision_label = u"সিদ্ধান্ত";
};

struct AgendaNode {
    NumberingStyle numbering;  // hierarchical ১.০
    int start = 1;
    std::vector<AgendaItem> items;
};

struct Block {
    std::variant<ParagraphNode, HeadingNode, ListNode, TableNode, AgendaNode> node;
};

// A meeting as minutes record it and a notice announces it: who chairs, when, where.
struct MeetingInfo {
    Person chair;
    std::optional<GregorianDate> date;
    bool dual_date = false;  // <date calendar="both">: the Bangla date before the Gregorian
    std::optional<TimeOfDay> time;
    std::u16string time_period;               // overrides the period word (বেলা)
    std::optional<TimeWording> time_wording;  // a document's own separator/suffix/padding
    std::u16string place;
    std::u16string attendance;     // default: the annex's title
    std::string layout = "table";  // "table" (label | value) or "lines" (label : value)
    SourcePos pos;
};

// What every document has, whatever its kind.
struct DocumentHeader {
    SourceName name;   // where the document came from
    std::string file;  // how diagnostics name it
    std::string id;    // <… id="…">: names the document in a memo register
    std::string template_name = "standard";
};

}  // namespace potro
