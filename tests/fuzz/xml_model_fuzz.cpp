// Fuzz target: bytes as a minutes file, through the reader and, when they make a document, the
// assembly, the layout and both exporters. Nothing may crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>

#include "assembly/assemble_minutes.h"
#include "assembly/template.h"
#include "docx/package.h"
#include "layout/flow.h"
#include "model/parse_minutes.h"
#include "pdf/export_pdf.h"
#include "text/font_set.h"

using namespace potro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const MinutesTemplate tpl =
        load_template(default_templates_dir(), "standard", default_font_dir()).value();
    static const FontSet fonts = FontSet::load(tpl.fonts).value();
    const std::string xml(reinterpret_cast<const char*>(data), size);
    auto parsed = parse_minutes_text(xml, "fuzz.xml", {default_templates_dir()});
    if (!parsed) return 0;
    Minutes& m = parsed.value().minutes;
    if (m.issue && m.issue->memo.serial.empty()) m.issue->memo.serial.assign(1, '1');
    const AssembledDocument doc = assemble_minutes(m, tpl);
    ShapeCache cache;
    FlowResult laid = layout_document(doc, fonts, &cache);
    (void)pdf::export_pdf(laid.document);
    (void)docx::export_docx(doc, docx::DocxOptions{});
    return 0;
}
