// The Document and DocumentKind most kinds are: a model read from the kind's root element,
// asked for its facts, its memo line and its blocks through three functions the kind's folder
// defines for its model —
//   DocumentFacts facts_of(const Model&, const DocumentKind&);
//   MemoLine* memo_line_of(Model&);
//   AssembledDocument assemble_model(const Model&, const Template&);
//   std::vector<RecipientList*> recipient_lists_of(Model&);
// and, when a model picks its template itself, std::string default_template_of(const Model&)
// — so a kind is its model, its reader, those three and one ModelKind.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include "kinds/kind.h"
#include "model/parts.h"

namespace potro {

template <class Model>
class ModelDocument final : public Document {
  public:
    ModelDocument(DocumentHeader header, Model model, const DocumentKind& kind)
        : Document(std::move(header)), model_(std::move(model)), kind_(kind) {}

    const DocumentKind& kind() const override { return kind_; }
    DocumentFacts facts() const override { return facts_of(model_, kind_); }
    MemoLine* memo_line() override { return memo_line_of(model_); }
    AssembledDocument assemble(const Template& tpl) const override {
        return assemble_model(model_, tpl);
    }
    std::vector<RecipientEntry> recipients() const override {
        std::vector<RecipientEntry> out;
        // recipient_lists_of gives the lists to change them; here they are only read.
        for (const RecipientList* l : recipient_lists_of(const_cast<Model&>(model_))) {
            for (const Recipient& r : l->recipients) out.push_back({r.printed(), r.email});
        }
        return out;
    }
    std::unique_ptr<Document> copy_for(size_t entry) const override {
        Model copy = model_;
        for (RecipientList* l : recipient_lists_of(copy)) {
            if (entry < l->recipients.size()) {
                l->recipients[entry].marked = true;
                break;
            }
            entry -= l->recipients.size();
        }
        return std::make_unique<ModelDocument>(header(), std::move(copy), kind_);
    }

  private:
    Model model_;
    const DocumentKind& kind_;
};

template <class Model>
class ModelKind final : public DocumentKind {
  public:
    using Reader = Model (*)(const xmlNode* root, const ElementReader& reader);

    ModelKind(std::string name, std::u16string title, Reader reader)
        : name_(std::move(name)), title_(std::move(title)), reader_(reader) {}

    std::string name() const override { return name_; }
    std::u16string title() const override { return title_; }
    std::unique_ptr<Document> read(const xmlNode* root, ElementReader& reader) const override {
        DocumentHeader header = reader.header(root, template_folder());
        Model model = reader_(root, reader);
        // A model may choose the template a document names none of (a D.O. letter).
        if constexpr (requires { default_template_of(model); }) {
            if (!xml::has_attr(root, "template")) header.template_name = default_template_of(model);
        }
        return make(std::move(header), std::move(model));
    }
    // The document of `model`, as reading it would give.
    std::unique_ptr<Document> make(DocumentHeader header, Model model) const {
        return std::make_unique<ModelDocument<Model>>(std::move(header), std::move(model), *this);
    }

  private:
    std::string name_;
    std::u16string title_;
    Reader reader_;
};

}  // namespace potro
