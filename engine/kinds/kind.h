// A kind of official document (minutes, a letter, an office order ...): its root element, its
// schema and template folder, how its XML reads into its model and how the model assembles
// into blocks, and the facts bulk export and the memo register need. Kinds are found by the
// document's root element in the registry (kinds/registry.cpp): adding a kind is a folder
// under kinds/ and one line there.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assembly/blocks.h"
#include "assembly/template.h"
#include "model/element_reader.h"
#include "model/parts.h"

namespace potro {

// What bulk export, its index and the memo register know of a document, whatever its kind.
struct DocumentFacts {
    std::optional<GregorianDate> date;  // the issue date, else the document's own date
    std::u16string subject;
    std::u16string person;  // who chaired or signs: the index's সভাপতি/স্বাক্ষরকারী column
    std::u16string kind = {};  // how the index names it, when not by its kind's title (D.O.)
};

// One entry of a document's distribution or copy lists: who a per-recipient copy is for.
struct RecipientEntry {
    std::u16string text;   // as printed, with its purpose
    std::u16string email;  // <to email="…">, when given
};

class DocumentKind;

// A document read into its kind's model.
class Document {
  public:
    explicit Document(DocumentHeader header) : header_(std::move(header)) {}
    virtual ~Document() = default;

    virtual const DocumentKind& kind() const = 0;
    virtual DocumentFacts facts() const = 0;
    // The memo line, when the document has one; a register fills in its serial.
    virtual MemoLine* memo_line() = 0;
    const MemoLine* memo_line() const { return const_cast<Document*>(this)->memo_line(); }
    virtual AssembledDocument assemble(const Template& tpl) const = 0;
    // Every entry of every distribution and copy list, in the order they print.
    virtual std::vector<RecipientEntry> recipients() const = 0;
    // The copy sent to recipients()[entry]: the same document with that entry marked.
    virtual std::unique_ptr<Document> copy_for(size_t entry) const = 0;

    const DocumentHeader& header() const { return header_; }

  private:
    DocumentHeader header_;
};

class DocumentKind {
  public:
    virtual ~DocumentKind() = default;

    // The root element, and the kind's name everywhere else (templates/NAME/, NAME.rng).
    virtual std::string name() const = 0;
    // How a clerk calls it: "সভার কার্যবিবরণী".
    virtual std::u16string title() const = 0;
    std::string schema() const { return name() + ".rng"; }
    std::string template_folder() const { return name(); }
    // The page of the documentation that describes its elements, named in schema messages.
    std::string reference() const { return "docs/" + name() + "-xml.md"; }
    // Reads the tree whose root is this kind's element; the first error stops it.
    virtual std::unique_ptr<Document> read(const xmlNode* root, ElementReader& reader) const = 0;
};

// Every kind potro knows, in a fixed order.
const std::vector<const DocumentKind*>& document_kinds();
// The kind whose root element is `root`, or nullptr.
const DocumentKind* find_kind(const std::string& root);
// "minutes, circular": for messages.
std::string kind_names();

}  // namespace potro
