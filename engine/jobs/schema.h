// A kind's RELAX NG schema, read through the source and compiled once. Its
// <include href="…"/>s are resolved through the same source (never the file system or the
// network): the included grammar's definitions take the include's place.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/xml_reader.h"
#include "potro/diagnostic.h"
#include "potro/source.h"

struct _xmlRelaxNG;

namespace potro {

class KindSchema {
  public:
    // `docs_page` is named in every message ("docs/minutes-xml.md"). A schema that cannot be
    // read or compiled is kept as one that reports that on every validation.
    KindSchema(const Source& source, const SourceName& name, std::string docs_page);
    ~KindSchema();
    KindSchema(const KindSchema&) = delete;
    KindSchema& operator=(const KindSchema&) = delete;

    // Every violation in `doc`, parsed from `text` and named `path` in the messages.
    std::vector<Diagnostic> validate(xmlDoc* doc, const std::string& path,
                                     const std::string& text) const;

  private:
    std::string file_;
    std::string docs_page_;
    std::string problem_;  // why it could not be compiled
    _xmlRelaxNG* compiled_ = nullptr;
};

}  // namespace potro
