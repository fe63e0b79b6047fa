// What a request's document may read: the server's templates, offices, fonts and profiles,
// and the documents it has issued — never a path into the server's disk. A letterhead named as
// "offices/x.xml" is found in the templates folder; "ID.xml" beside the document is the issued
// document ID (minutes that follow a notice the server issued: follows="ID.xml").
#pragma once

#include "potro/source.h"

namespace potro::service {

class ServiceSource final : public Source {
  public:
    // `issued`: the folder of issued documents (DATA/issued); empty: none.
    ServiceSource(FileSource::Folders folders, Clock clock = {}, std::string issued = {});

    Result<std::string> read(const SourceName& name) const override;
    Result<std::string> read_head(const SourceName& name, size_t max_bytes) const override;
    Lookup find(const SourceName& name, const SourceName& folder) const override;
    std::vector<std::string> list(const SourceName& folder) const override;
    std::string describe(const SourceName& name) const override;
    std::string identity(const SourceName& name) const override;
    Moment now() const override;

  private:
    // The issued document a Document-area name stands for, or "".
    std::string issued_path(const SourceName& name) const;
    FileSource files_;
    std::string issued_;
};

}  // namespace potro::service
