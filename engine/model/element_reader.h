// Reading the elements every official document shares, with a position for every problem.
// A kind's reader derives from ElementReader and adds its own elements. Reading stops at the
// first error: inside a reader it travels as an exception, and read_document() turns it into
// a Result at the kind's boundary.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "model/parts.h"
#include "model/xml_reader.h"
#include "potro/diagnostic.h"
#include "potro/source.h"

namespace potro {

struct ReadOptions {
    // Absolute paths in the document (letterhead, emblem) are refused unless allowed.
    bool allow_absolute_paths = false;
};

// A file a document read besides itself (its letterhead, its emblem), with its bytes: bulk
// export hashes them, a PDF/A-3 carries them.
struct SourceFile {
    SourceName name;
    std::string bytes;
};

// What reading collects beside the model.
struct ReadLog {
    std::vector<Diagnostic> warnings;
    std::vector<SourceFile> files;
    // Errors after which reading went on (a bad date, an unknown element …), so that one
    // run reports every independent problem; the document is not made when there are any.
    std::vector<Diagnostic> errors;
};

// The error that stopped reading.
struct ReadFailure {
    Diagnostic diagnostic;
};

class ElementReader {
  public:
    // `text` is the XML the tree was parsed from (for columns); it must outlive the reader.
    ElementReader(const Source& source, SourceName name, const std::string& text,
                  const ReadOptions& options, ReadLog& log);

    // The shared elements.
    RichText rich(const xmlNode* n) const;
    // `agenda_titles`: the titles an <agenda> directly inside may leave out, item by item
    // (minutes that follow a notice take the notice's topics).
    Blocks blocks(const xmlNode* n, const std::vector<RichText>* agenda_titles = nullptr) const;
    Person person(const xmlNode* n) const;
    Signature signature(const xmlNode* n) const;
    // <meeting>: chair, date, time, place, attendance.
    MeetingInfo meeting(const xmlNode* n) const;
    GregorianDate date(const xmlNode* n) const;
    TimeOfDay time(const xmlNode* n) const;
    NumberingStyle numbering(const xmlNode* n, const std::string& fallback) const;
    // start="3": the number a list's or an agenda's first item takes (from 1).
    int start_number(const xmlNode* n) const;
    Letterhead letterhead(const xmlNode* n) const;
    // <memo> and <date>, children of `parent` (which names itself in the messages).
    MemoLine memo_line(const xmlNode* parent) const;
    RecipientList recipients(const xmlNode* n, const std::u16string& default_heading) const;
    // The close of a document that issues itself: every <signature>, <distribution> and
    // <copies> child of `root`, in order; `what` ("the circular") names it when no one signs.
    void signatures_and_lists(const xmlNode* root, const std::string& what,
                              std::vector<Signature>& signatures,
                              std::vector<RecipientList>& lists) const;
    // <issue>/<endorsement>: memo line, distribution and copies, the forwarding officer.
    Endorsement endorsement(const xmlNode* n) const;
    // The headings a distribution and a copies list get when they name none.
    static const std::u16string kDistributionHeading;
    static const std::u16string kCopiesHeading;
    // The header every document has: id and template (checked against `kind_folder`'s names).
    DocumentHeader header(const xmlNode* root, const std::string& kind_folder) const;

    // Another file `ref` names at `at` (a letterhead file, the notice minutes follow): found
    // beside this document (then, when `also_templates`, in the templates folder), parsed with
    // the same limits, its root checked to be <root_name>, and handed with a reader of its
    // own (positions in that file) to `read`.
    void read_other(const xmlNode* at, const std::string& ref, const std::string& root_name,
                    bool also_templates,
                    const std::function<void(const xmlNode*, const ElementReader&)>& read) const;

    [[noreturn]] void fail(const xmlNode* at, const std::string& message) const;
    // An error reading can go on after (the caller goes on with a stand-in value): recorded,
    // and reading stops only when there are very many.
    void error(const xmlNode* at, const std::string& message) const;
    SourcePos pos(const xmlNode* n) const { return xml::pos(n, file_, text_); }
    void warn(const xmlNode* at, const std::string& message) const;
    void warn(const SourcePos& at, const std::string& message) const;
    // Every element child of `n` must be one of `allowed`.
    void expect_only(const xmlNode* n, std::initializer_list<const char*> allowed) const;
    // A yes/no attribute; anything else is an error naming the attribute.
    bool yes_no(const xmlNode* n, const char* attr, bool fallback) const;
    static std::u16string u16(const std::string& s);

    const std::string& file() const { return file_; }
    const SourceName& name() const { return name_; }

  private:
    Block paragraph(const xmlNode* n) const;
    Block heading(const xmlNode* n) const;
    Block list(const xmlNode* n) const;
    Block table(const xmlNode* n) const;
    Block agenda(const xmlNode* n, const std::vector<RichText>* titles) const;
    // A file `ref` named at `at`: beside this file, then (when `also_templates`) in the
    // templates folder; read, and recorded in the log.
    SourceFile referenced(const xmlNode* at, const std::string& ref, bool also_templates) const;
    ImageRef emblem(const xmlNode* n) const;

    const Source& source_;
    SourceName name_;
    std::string file_;
    const std::string& text_;
    const ReadOptions& options_;
    ReadLog& log_;
};

}  // namespace potro
