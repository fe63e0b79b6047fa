// Turning the shared parts of a document (letterhead, body blocks, signatures, the memo line,
// recipients) into blocks, with every size and phrase from the template. A kind's assembler
// derives from BlockBuilder and lays its own parts out with these.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "assembly/blocks.h"
#include "assembly/template.h"
#include "model/parts.h"

namespace potro {

class BlockBuilder {
  public:
    explicit BlockBuilder(const Template& t) : t_(t) {}

    // A paragraph in one style throughout.
    ParaBlock para(const std::u16string& text, float size, Align align, bool bold = false,
                   StyleRole role = StyleRole::Body) const;
    // Rich text, optionally after a bold prefix ("বিষয়: ").
    ParaBlock rich(const RichText& text, float size, Align align, const std::u16string& prefix = {},
                   StyleRole role = StyleRole::Body) const;
    static void add(std::vector<DocBlock>& out, ParaBlock p) {
        out.push_back(DocBlock{std::move(p)});
    }
    // `given` when the document wrote it, else the template's phrase `key` (empty when neither).
    RichText or_phrase(const RichText& given, const std::string& key) const;
    // The width of a hanging label column that holds `longest_label`.
    float label_width(const std::u16string& longest_label) const;

    // An empty document on the template's pages, described (the PDF's Info, the DOCX's core
    // properties) by its title and kind, the office under the letterhead, its memo number
    // and its date.
    AssembledDocument begin_document(const std::u16string& title, const std::string& kind_title,
                                     const std::optional<Letterhead>& lh, const MemoLine* memo,
                                     std::optional<GregorianDate> date) const;
    void letterhead(const Letterhead& lh, std::vector<DocBlock>& out) const;
    // The kind's title (the template's `title` phrase), centred and bold, kept with what
    // follows; then, when there is one, `বিষয়: …` in bold, aligned as asked.
    void title_and_subject(const RichText& subject, Align subject_align,
                           std::vector<DocBlock>& out) const;
    void body(const Blocks& blocks, float indent, std::vector<DocBlock>& out) const;
    DocBlock signature(const Signature& s) const;
    // The meeting as label/value rows: chair, date (with its weekday when asked), time, place,
    // attendance.
    void meeting_block(const MeetingInfo& mi, bool with_weekday, std::vector<DocBlock>& out) const;
    // স্মারক নম্বর on the left, the dual date on the right, on one row.
    void memo_line(const MemoLine& line, std::vector<DocBlock>& out) const;
    // A heading and its numbered recipients (with অফিস কপি last when asked).
    void recipients(const RecipientList& list, std::vector<DocBlock>& out) const;
    // The signatures, then each list set apart from what stands above it.
    void signatures_and_lists(const std::vector<Signature>& signatures,
                              const std::vector<RecipientList>& lists,
                              std::vector<DocBlock>& out) const;

    // The endorsement: on a new page when asked, under the letterhead again when asked (and
    // there is one), the memo line, the lists, the forwarding officer.
    void endorsement(const Endorsement& e, const std::optional<Letterhead>& lh,
                     std::vector<DocBlock>& out) const;

    // Marks an assembled document as the copy sent to `recipient`: a "প্রাপক: …" line (the
    // template's `copy-for` phrase) under the letterhead and the memo line that opens it.
    void copy_for(const std::u16string& recipient, std::vector<DocBlock>& blocks) const;

  protected:
    const Template& t_;

  private:
    ParaBlock heading(const HeadingNode& h, float indent) const;
    void list(const ListNode& l, float indent, std::vector<DocBlock>& out) const;
    void table(const TableNode& t, std::vector<DocBlock>& out) const;
    void agenda(const AgendaNode& a, float indent, std::vector<DocBlock>& out) const;
    Cell cell(const Blocks& blocks, Align align, bool bold) const;
};

// The model joins repeated <designation>/<office> lines with '\n'; each prints on its own.
std::vector<std::u16string> split_lines(const std::u16string& text);

}  // namespace potro
