// Orders (অফিস আদেশ, প্রজ্ঞাপন): the two kinds an office orders by, built alike — the memo line,
// the centred title, the subject if any, the numbered orders or clauses, the closing line,
// "রাষ্ট্রপতির আদেশক্রমে" above the signature where given, and the distribution and copies.
// One folder holds both because they differ only in their title and templates.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kinds/kind.h"
#include "model/parts.h"
#include "model/xml_reader.h"

namespace potro {

struct Order {
    std::optional<Letterhead> letterhead;
    MemoLine memo_line;
    RichText subject;  // may be empty
    Blocks body;
    RichText closing;  // "এ আদেশ অবিলম্বে কার্যকর হবে।"; empty: the template's
    std::u16string by_order;  // "রাষ্ট্রপতির আদেশক্রমে", above the signature
    std::vector<Signature> signatures;
    std::vector<RecipientList> lists;  // distribution, copies
    std::optional<Endorsement> endorsement;  // পৃষ্ঠাঙ্কন: copies forwarded under a memo number
};

const DocumentKind& office_order_kind();
const DocumentKind& notification_kind();
// What kinds/model_kind.h asks of a kind's model.
DocumentFacts facts_of(const Order& order, const DocumentKind& kind);
MemoLine* memo_line_of(Order& order);
std::vector<RecipientList*> recipient_lists_of(Order& order);
AssembledDocument assemble_model(const Order& order, const Template& tpl);

}  // namespace potro
