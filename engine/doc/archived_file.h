// A file an archival PDF (PDF/A-3u) carries inside it so the document can be made again: the
// document's own XML and the files it named, each under the path the document uses for it.
#pragma once

#include <string>

namespace potro {

struct ArchivedFile {
    std::string name;  // as the reader shows it; may hold "/" for a folder
    std::string mime;  // "text/xml", "image/png"
    std::string description;
    std::string relationship;  // AFRelationship: Source, Data, Supplement ...
    std::string bytes;
};

}  // namespace potro
