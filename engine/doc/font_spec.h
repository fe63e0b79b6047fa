// The fonts a template or a command line asks for: a fallback chain per script, each entry
// naming its faces (in the source's Fonts area) and the size and baseline adjustment that
// makes it sit well beside Bangla. Text layout loads them.
#pragma once

#include <string>
#include <vector>

namespace potro {

// One entry of a fallback chain.
struct FaceSpec {
    std::string regular;
    std::string bold;             // empty: use the regular face
    double scale = 1.0;           // size factor relative to the requested size
    double baseline_shift = 0.0;  // in em, positive raises the text
};

struct FontSetSpec {
    std::vector<FaceSpec> bengali;
    std::vector<FaceSpec> latin;

    // The bundled Noto fonts.
    static FontSetSpec bundled();
};

}  // namespace potro
