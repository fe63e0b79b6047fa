// Fuzz target: bytes as a document of any kind, through the reader and, when they make a
// document, the assembly, the layout and every exporter. Nothing may crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>

#include "jobs/engine.h"
#include "potro/source.h"

using namespace potro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const FileSource source(installed_folders());
    static Engine engine(source);
    const std::string xml(reinterpret_cast<const char*>(data), size);
    auto doc = engine.read({Area::Document, "fuzz.xml"}, xml);
    if (!doc) return 0;
    if (MemoLine* line = doc.value().doc().memo_line(); line && line->memo.serial.empty())
        line->memo.serial.assign(1, '1');
    (void)engine.render(doc.value(), RenderRequest{{"pdf", "docx"}, 0, std::nullopt});
    return 0;
}
