#include "pdf/extract_sources.h"

// qpdf 11: its pointers are std::shared_ptr (no PointerHolder).
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>

namespace potro::pdf {

Result<std::vector<CarriedFile>> carried_files(const std::string& bytes, const std::string& name) {
    // Reading PDFs is qpdf's job; potro only ever writes them with libharu.
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile(name.c_str(), bytes.data(), bytes.size());
        QPDFEmbeddedFileDocumentHelper files(pdf);
        std::vector<CarriedFile> out;
        for (auto& [key, spec] : files.getEmbeddedFiles()) {
            QPDFObjectHandle stream = spec->getEmbeddedFileStream();
            if (!stream.isStream()) continue;
            auto data = stream.getStreamData(qpdf_dl_all);
            out.push_back(
                {spec->getFilename(),
                 std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize())});
        }
        return out;
    } catch (const std::exception& e) {
        return make_error({name, 0, 0}, std::string("cannot read this PDF (") + e.what() + ")");
    }
}

}  // namespace potro::pdf
