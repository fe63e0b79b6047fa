// Shared helpers for the unit tests: the bundled fonts, loaded once.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "potro/source.h"
#include "text/font_set.h"

namespace potro::testing {

inline const FontSet& bundled_fonts() {
    static const FontSet fonts = [] {
        const FileSource source({"", POTRO_TEST_FONT_DIR, ""});
        auto r = FontSet::load(FontSetSpec::bundled(), source);
        if (!r) throw std::runtime_error(r.error().to_string());
        return r.value();
    }();
    return fonts;
}

inline std::string font_path(const std::string& name) {
    return std::string(POTRO_TEST_FONT_DIR) + "/" + name;
}

}  // namespace potro::testing
