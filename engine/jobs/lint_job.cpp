#include "jobs/lint_job.h"

#include "model/json_document.h"
#include "model/lint.h"
#include "model/xml_reader.h"

namespace potro {

LintOutcome lint_file(const std::string& input, const Source& source) {
    LintOutcome out;
    const SourceName name{Area::Document, input};
    auto bytes = source.read(name);
    if (!bytes) {
        out.findings.push_back(bytes.error());
        return out;
    }
    const std::string file = source.describe(name);
    std::string xml_text = bytes.value();
    std::shared_ptr<const JsonPositions> json;
    if (looks_like_json(xml_text)) {
        auto converted = json_to_xml(xml_text, file);
        if (!converted) {
            out.findings.push_back(converted.error());
            return out;
        }
        json = converted.value().positions;
        xml_text = std::move(converted.value().xml);
    }
    auto tree = xml::parse(xml_text, file);
    if (!tree) {
        out.findings.push_back(tree.error());
        return out;
    }
    for (Diagnostic& d : lint_document(xmlDocGetRootElement(tree.value().get()), file, xml_text)) {
        out.findings.push_back(json ? json->located(std::move(d)) : std::move(d));
    }
    std::string fixed = lint_fixes(bytes.value(), &out.fixes);
    if (out.fixes > 0) out.fixed = std::move(fixed);
    return out;
}

}  // namespace potro
