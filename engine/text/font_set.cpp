#include "text/font_set.h"

namespace potro {

FontSetSpec FontSetSpec::bundled() {
    FontSetSpec spec;
    spec.bengali.push_back({"NotoSerifBengali-Regular.ttf", "NotoSerifBengali-Bold.ttf", 1.0, 0.0});
    spec.bengali.push_back({"NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", 1.0, 0.0});
    // Noto Serif's Latin letters look about a tenth larger than Noto Serif Bengali's letters at
    // the same size (its x-height is taller relative to the em): set them a little smaller.
    spec.latin.push_back({"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", 0.9, 0.0});
    return spec;
}

Result<FontSet> FontSet::load(const FontSetSpec& spec, const Source& source) {
    FontSet set;
    auto load_chain = [&source](const std::vector<FaceSpec>& specs,
                                std::vector<Face>& out) -> Status {
        for (const auto& s : specs) {
            Face face;
            auto regular = FontRegistry::shared().get(source, {Area::Fonts, s.regular});
            if (!regular) return regular.error();
            face.regular = regular.value();
            if (!s.bold.empty()) {
                auto bold = FontRegistry::shared().get(source, {Area::Fonts, s.bold});
                if (!bold) return bold.error();
                face.bold = bold.value();
            }
            face.scale = s.scale;
            face.baseline_shift = s.baseline_shift;
            out.push_back(std::move(face));
        }
        return ok_status();
    };
    if (auto st = load_chain(spec.bengali, set.bengali_); !st) return st.error();
    if (auto st = load_chain(spec.latin, set.latin_); !st) return st.error();
    if (set.bengali_.empty() && set.latin_.empty()) {
        return make_error({}, "the font set names no fonts");
    }
    return set;
}

FaceChoice FontSet::Face::pick(Weight w) const {
    const Font* f = (w == Weight::Bold && bold) ? bold.get() : regular.get();
    return {f, scale, baseline_shift};
}

const std::vector<FontSet::Face>& FontSet::chain(ScriptClass script) const {
    if (script == ScriptClass::Latin) return latin_.empty() ? bengali_ : latin_;
    return bengali_.empty() ? latin_ : bengali_;
}

FaceChoice FontSet::find(char32_t cp, ScriptClass script, Weight weight) const {
    for (const auto* c : {&chain(script), script == ScriptClass::Latin ? &bengali_ : &latin_}) {
        for (const auto& face : *c) {
            FaceChoice choice = face.pick(weight);
            if (choice.font->covers(cp)) return choice;
        }
    }
    return {};
}

FaceChoice FontSet::primary(ScriptClass script, Weight weight) const {
    return chain(script).front().pick(weight);
}

}  // namespace potro
