// What a request's document may read: the server's templates, offices, fonts and profiles,
// and nothing beside the document — a client sends one document, never a path into the
// server's disk. A letterhead named as "offices/x.xml" is found in the templates folder.
#pragma once

#include "potro/source.h"

namespace potro::service {

class ServiceSource final : public Source {
  public:
    explicit ServiceSource(FileSource::Folders folders, Clock clock = {});

    Result<std::string> read(const SourceName& name) const override;
    Result<std::string> read_head(const SourceName& name, size_t max_bytes) const override;
    Lookup find(const SourceName& name, const SourceName& folder) const override;
    std::vector<std::string> list(const SourceName& folder) const override;
    std::string describe(const SourceName& name) const override;
    std::string identity(const SourceName& name) const override;
    Moment now() const override;

  private:
    FileSource files_;
};

}  // namespace potro::service
