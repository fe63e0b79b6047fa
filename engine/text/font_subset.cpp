#include "text/font_subset.h"

#include <hb-subset.h>

#include "text/hb_ptr.h"

namespace potro {

Result<std::string> subset_font(const Font& font,
                                const std::vector<std::pair<char32_t, char32_t>>& ranges) {
    HbPtr<hb_subset_input_t, hb_subset_input_destroy> input(hb_subset_input_create_or_fail());
    if (!input.p) return make_error({font.path(), 0, 0}, "hb-subset could not start");
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.p);
    for (const auto& [first, last] : ranges) hb_set_add_range(unicodes, first, last);
    hb_subset_input_set_flags(input.p, HB_SUBSET_FLAGS_NO_HINTING);
    HbPtr<hb_face_t, hb_face_destroy> face(hb_subset_or_fail(font.hb_face(), input.p));
    if (!face.p) return make_error({font.path(), 0, 0}, "hb-subset failed on this font");
    HbPtr<hb_blob_t, hb_blob_destroy> blob(hb_face_reference_blob(face.p));
    unsigned length = 0;
    const char* bytes = hb_blob_get_data(blob.p, &length);
    return std::string(bytes, length);
}

}  // namespace potro
