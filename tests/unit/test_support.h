// Shared helpers for the unit tests: the bundled fonts, loaded once.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "text/font_set.h"

namespace potro::testing {

inline const FontSet& bundled_fonts() {
    static const FontSet fonts = [] {
        auto r = FontSet::load(FontSetSpec::bundled(POTRO_TEST_FONT_DIR));
        if (!r) throw std::runtime_error(r.error().to_string());
        return r.value();
    }();
    return fonts;
}

inline std::string font_path(const std::string& name) {
    return std::string(POTRO_TEST_FONT_DIR) + "/" + name;
}

}  // namespace potro::testing
