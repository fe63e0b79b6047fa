// The parts of HaruDocument only archival PDFs use: the XMP metadata, the sRGB output intent
// and the files a PDF/A-3u carries.
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>

#include "pdf/haru.h"
#include "pdf/haru_handles.h"
#include "pdf/md5.h"

namespace potro::pdf {

void HaruDocument::set_metadata(const std::string& xmp) {
    HPDF_Doc pdf = D(doc_);
    ObjRef m = new_stream(xmp, false);
    add_name(m, "Type", "Metadata");
    add_name(m, "Subtype", "XML");
    if (HPDF_STATUS st = HPDF_Dict_Add(pdf->catalog, "Metadata", Dict(m)); st != HPDF_OK)
        fail("Metadata", st);
}

void HaruDocument::set_output_intent(const std::string& icc_profile, const std::string& condition) {
    HPDF_Doc pdf = D(doc_);
    ObjRef icc = new_stream(icc_profile, true);
    add_int(icc, "N", 3);
    ObjRef intent = new_direct_dict();
    add_name(intent, "Type", "OutputIntent");
    add_name(intent, "S", "GTS_PDFA1");
    HPDF_String id = HPDF_String_New(pdf->mmgr, condition.c_str(), nullptr);
    if (!id) return fail("OutputIntent", 0);
    HPDF_Dict_Add(Dict(intent), "OutputConditionIdentifier", id);
    HPDF_String info = HPDF_String_New(pdf->mmgr, condition.c_str(), nullptr);
    if (info) HPDF_Dict_Add(Dict(intent), "Info", info);
    add_obj(intent, "DestOutputProfile", icc);
    ArrayRef intents = new_array();
    push_obj(intents, intent);
    if (HPDF_STATUS st = HPDF_Dict_Add(pdf->catalog, "OutputIntents", Arr(intents)); st != HPDF_OK)
        fail("OutputIntents", st);
}

void HaruDocument::set_embedded_files(const std::vector<ArchivedFile>& files,
                                      const std::string& date) {
    if (files.empty()) return;
    HPDF_Doc pdf = D(doc_);
    // The name tree's keys must be sorted; the caller's order is kept for /AF.
    std::vector<size_t> order(files.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return files[a].name < files[b].name; });
    std::vector<ObjRef> specs;
    for (const ArchivedFile& f : files) {
        ObjRef stream = new_stream(f.bytes, true);
        add_name(stream, "Type", "EmbeddedFile");
        add_name(stream, "Subtype", f.mime.c_str());
        ObjRef params = new_direct_dict();
        add_int(params, "Size", static_cast<int64_t>(f.bytes.size()));
        if (!date.empty()) {
            HPDF_String d = HPDF_String_New(pdf->mmgr, date.c_str(), nullptr);
            if (d) HPDF_Dict_Add(Dict(params), "ModDate", d);
        }
        Md5 md5;
        md5.update(f.bytes);
        const auto digest = md5.finish();
        add_bytes(params, "CheckSum",
                  std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
        add_obj(stream, "Params", params);

        ObjRef spec = new_indirect_dict();
        add_name(spec, "Type", "Filespec");
        add_bytes(spec, "F", f.name);
        add_bytes(spec, "UF", utf16_bytes(f.name));
        add_bytes(spec, "Desc", utf16_bytes(f.description));
        add_name(spec, "AFRelationship", f.relationship.c_str());
        ObjRef ef = new_direct_dict();
        add_obj(ef, "F", stream);
        add_obj(ef, "UF", stream);
        add_obj(spec, "EF", ef);
        specs.push_back(spec);
    }
    ArrayRef af = new_array();
    for (const ObjRef& s : specs) push_obj(af, s);
    ArrayRef names = new_array();
    for (size_t i : order) {
        HPDF_Binary key = HPDF_Binary_New(
            pdf->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(files[i].name.data())),
            static_cast<HPDF_UINT>(files[i].name.size()));
        if (!key || HPDF_Array_Add(Arr(names), key) != HPDF_OK) return fail("EmbeddedFiles", 0);
        push_obj(names, specs[i]);
    }
    ObjRef tree = new_direct_dict();
    add_array(tree, "Names", names);
    ObjRef name_dict = new_direct_dict();
    add_obj(name_dict, "EmbeddedFiles", tree);
    if (HPDF_Dict_Add(pdf->catalog, "Names", Dict(name_dict)) != HPDF_OK ||
        HPDF_Dict_Add(pdf->catalog, "AF", Arr(af)) != HPDF_OK)
        fail("EmbeddedFiles", 0);
}

}  // namespace potro::pdf
