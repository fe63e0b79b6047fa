// Renders one document from bytes in memory to PDF bytes through potro's installed public
// API, with potro's installed templates and fonts, and writes the PDF where it is told.
//
// usage: consumer DOCUMENT.xml OUT.pdf
#include <potro/potro.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DOCUMENT.xml OUT.pdf\n", argv[0]);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string xml{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const potro::FileSource source(potro::installed_folders());
    std::printf("potro %s, templates in %s\n", potro::version().c_str(),
                source.folders().templates.c_str());
    potro::Renderer renderer(source);
    for (const potro::KindInfo& kind : renderer.kinds())
        std::printf("kind %s\n", kind.name.c_str());
    auto result = renderer.render("document.xml", xml, {{"pdf"}, std::nullopt, false});
    if (!result) {
        std::fprintf(stderr, "%s\n", result.error().to_string().c_str());
        return 1;
    }
    const std::string& pdf = result.value().outputs.at(0).bytes;
    std::ofstream(argv[2], std::ios::binary)
        .write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
    std::printf("%zu pages, %zu bytes\n", result.value().pages, pdf.size());
    return 0;
}
