// <letter>: templates/letter/, letter.rng.
#include "kinds/letter/letter.h"

#include "kinds/model_kind.h"

namespace potro {

DocumentFacts facts_of(const Letter& l, const DocumentKind&) {
    return {l.memo_line.date, l.subject.plain(), l.signatures.front().person.name};
}

MemoLine* memo_line_of(Letter& l) {
    return &l.memo_line;
}

const DocumentKind& letter_kind() {
    static const ModelKind<Letter> kind("letter", u"সরকারি পত্র", read_letter);
    return kind;
}

}  // namespace potro
