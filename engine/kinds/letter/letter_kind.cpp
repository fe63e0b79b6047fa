// <letter>: templates/letter/, letter.rng.
#include "kinds/letter/letter.h"

#include "kinds/model_kind.h"

namespace potro {

DocumentFacts facts_of(const Letter& l, const DocumentKind&) {
    if (l.demi_official) {
        const std::u16string subject =
            l.subject.empty() && l.sender ? l.sender->name : l.subject.plain();
        return {l.memo_line.date, subject, l.signatures.front().person.name, u"আধা-সরকারি পত্র"};
    }
    return {l.memo_line.date, l.subject.plain(), l.signatures.front().person.name};
}

std::vector<RecipientList*> recipient_lists_of(Letter& l) {
    std::vector<RecipientList*> out =
        list_pointers({&l.copies, l.endorsement ? &l.endorsement->lists : nullptr});
    if (l.distribution) out.insert(out.begin(), &*l.distribution);
    return out;
}

std::string default_template_of(const Letter& l) {
    return l.demi_official ? "demi-official" : "standard";
}

MemoLine* memo_line_of(Letter& l) {
    return &l.memo_line;
}

const DocumentKind& letter_kind() {
    static const ModelKind<Letter> kind("letter", u"সরকারি পত্র", read_letter);
    return kind;
}

}  // namespace potro
