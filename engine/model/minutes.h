// The meeting as the user described it: what a minutes file says, before any layout.
// Dates and times are values (potro writes them); text is NFC UTF-16 with inline styles.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "bangla/calendar.h"
#include "bangla/memo_number.h"
#include "bangla/numbering.h"
#include "bangla/wording.h"
#include "base/diagnostic.h"
#include "io/image_size.h"

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
    std::vector<std::u16string>
        lines;  // গণপ্রজাতন্ত্রী বাংলাদেশ সরকার, ministry, office, branch, address
    std::u16string website;
    std::string emblem;       // path of a PNG/JPEG, resolved against the file that named it
    PixelSize emblem_pixels;  // read when the file is parsed; 0x0 when it is not an image
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

struct MeetingInfo {
    Person chair;
    std::optional<GregorianDate> date;
    std::optional<TimeOfDay> time;
    std::u16string time_period;               // overrides the period word (বেলা)
    std::optional<TimeWording> time_wording;  // a document's own separator/suffix/padding
    std::u16string place;
    std::u16string attendance;  // default: the annex's title
    SourcePos pos;
};

struct Block;
using Blocks = std::vector<Block>;

struct ParagraphNode {
    RichText text;
    std::u16string label;  // a number as written ("০২।", "২.০")
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
    std::variant<ParagraphNode, ListNode, TableNode, AgendaNode> node;
};

struct Recipient {
    RichText text;
    std::u16string purpose;  // printed in parentheses after the recipient
};

struct RecipientList {
    std::u16string heading;  // "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):"
    NumberingStyle numbering;
    std::vector<Recipient> recipients;
    bool office_copy = false;  // "অফিস কপি" as the last item
};

struct Issue {
    MemoNumber memo;
    // serial="auto": the file code is given and a memo register assigns the letter's serial;
    // until it has, memo.serial is empty and the document cannot be rendered.
    bool serial_from_register = false;
    std::u16string memo_label = u"স্মারক নম্বর";
    GregorianDate date;
    bool new_page = false;
    bool repeat_letterhead = false;
    std::vector<RecipientList> lists;   // distribution, copies
    std::vector<Signature> signatures;  // the issuing officer
    SourcePos pos;
};

struct Attendee {
    std::u16string name, designation, office, phone;
};

struct Annex {
    std::u16string title = u"পরিশিষ্ট 'ক'";
    std::u16string heading;  // what it lists
    std::u16string note;  // "(স্বাক্ষরের ক্রমানুসারে নয়)"
    std::vector<Attendee> attendees;
};

struct Minutes {
    std::string file;
    std::string id;  // <minutes id="…">: names the document in a memo register
    std::string template_name = "standard";
    Letterhead letterhead;
    bool letterhead_present = false;
    bool letterhead_on_top = true;  // false: only above the issue part (seed 003)
    RichText subject;
    std::u16string subject_label = u"বিষয়";  // empty: a bare title line
    MeetingInfo meeting;
    std::string meeting_layout = "table";  // "table" (label | value) or "lines" (label : value)
    Blocks body;
    RichText closing;
    std::vector<Signature> signatures;
    std::optional<Issue> issue;
    std::optional<Annex> annex;
};

}  // namespace potro
