#include "text/font_set.h"

#include <cstdlib>

#ifndef POTRO_FONT_DIR
#define POTRO_FONT_DIR "fonts"
#endif

namespace potro {

std::string default_font_dir() {
    if (const char* env = std::getenv("POTRO_FONT_DIR"); env && *env) return env;
    return POTRO_FONT_DIR;
}

FontSetSpec FontSetSpec::bundled(const std::string& font_dir) {
    FontSetSpec spec;
    spec.bengali.push_back({font_dir + "/NotoSerifBengali-Regular.ttf",
                            font_dir + "/NotoSerifBengali-Bold.ttf", 1.0, 0.0});
    spec.bengali.push_back({font_dir + "/NotoSansBengali-Regular.ttf",
                            font_dir + "/NotoSansBengali-Bold.ttf", 1.0, 0.0});
    // Noto Serif's Latin letters look about a tenth larger than Noto Serif Bengali's letters at
    // the same size (its x-height is taller relative to the em): set them a little smaller.
    spec.latin.push_back(
        {font_dir + "/NotoSerif-Regular.ttf", font_dir + "/NotoSerif-Bold.ttf", 0.9, 0.0});
    return spec;
}

Result<FontSet> FontSet::load(const FontSetSpec& spec) {
    FontSet set;
    auto load_chain = [](const std::vector<FaceSpec>& specs, std::vector<Face>& out) -> Status {
        for (const auto& s : specs) {
            Face face;
            auto regular = FontRegistry::shared().get(s.regular);
            if (!regular) return regular.error();
            face.regular = regular.value();
            if (!s.bold.empty()) {
                auto bold = FontRegistry::shared().get(s.bold);
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
