#include "api.h"

#include <openssl/evp.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "assembly/template.h"
#include "bangla/calendar.h"
#include "bangla/typed_date.h"
#include "bangla/weekday.h"
#include "bangla/wording.h"
#include "base/numbers.h"
#include "base/unicode.h"
#include "diagnostics_json.h"
#include "drafts.h"
#include "form_files.h"
#include "io/atomic_file.h"
#include "jobs/render_job.h"
#include "model/json_document.h"
#include "model/xml_reader.h"
#include "openapi_json.h"
#include "page_images.h"
#include "safe_name.h"
#include "service_source.h"
#include "worker_pool.h"

namespace potro::service {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The name a request's document has in diagnostics (and in a PDF/A-3u's attachments).
constexpr const char* kDocumentName = "document.xml";

ApiReply json_reply(int status, const json& j) {
    return {status, "application/json", json_text(j) + "\n", {}};
}

// Every refusal is one message a client can show, with what to do.
ApiReply error_reply(int status, const std::string& message) {
    return json_reply(status, {{"error", message}});
}

ApiReply diagnostics_reply(int status, const std::vector<Diagnostic>& diagnostics,
                           const std::string& body) {
    return json_reply(status, diagnostics_json(diagnostics, kDocumentName, body));
}

// What validate found, and the error that stopped the render if validate did not find it
// (a problem only rendering meets): a 422 always says what went wrong.
void with_error(std::vector<Diagnostic>& all, const Diagnostic& error) {
    for (const Diagnostic& d : all) {
        if (d.severity == Severity::Error) return;
    }
    all.push_back(error);
}

bool is_xml(const std::string& type) {
    return type == "application/xml" || type == "text/xml";
}

std::string query(const ApiRequest& r, const std::string& key, const std::string& fallback = "") {
    auto it = r.query.find(key);
    return it == r.query.end() ? fallback : it->second;
}

// pdfa=0|2|3 into `pdfa` (left as it is when not given); a 400 for anything else.
std::optional<ApiReply> read_pdfa(const ApiRequest& r, std::optional<int>& pdfa) {
    const std::string p = query(r, "pdfa");
    if (p.empty()) return std::nullopt;
    if (p != "0" && p != "2" && p != "3")
        return error_reply(400, "pdfa=" + p + " must be 0 (none), 2 (PDF/A-2u) or 3 (PDF/A-3u)");
    pdfa = p[0] - '0';
    return std::nullopt;
}

// A render that failed: every problem at once, as validate gives them, not only the first.
ApiReply render_failed(Renderer& renderer, const std::string& name, const std::string& body,
                       const Diagnostic& error) {
    std::vector<Diagnostic> all = renderer.validate(name, body);
    with_error(all, error);
    return json_reply(422, diagnostics_json(all, name, body));
}

}  // namespace

struct Api::Impl {
    Impl(ApiConfig c, Clock cl)
        : config(std::move(c)),
          source(config.folders, cl,
                 config.data_dir.empty() ? "" : (fs::path(config.data_dir) / "issued").string()),
          pool(source, config.workers, config.queue),
          clock(std::move(cl)) {}

    ApiConfig config;
    ServiceSource source;
    WorkerPool pool;
    Clock clock;
    std::unique_ptr<Drafts> drafts;  // with --data
    std::string drafts_problem;      // why there are none

    ApiReply route(const ApiRequest& r);
    std::optional<WorkerPool::Lease> worker() {
        return pool.acquire(std::chrono::seconds(config.queue_wait_seconds));
    }
    ApiReply no_drafts() const {
        return error_reply(404, drafts_problem.empty()
                                    ? "this server keeps no drafts; start it with --data DIR"
                                    : "the server cannot keep drafts: " + drafts_problem);
    }
    static ApiReply busy() {
        ApiReply reply = error_reply(503, "the server is busy; try again in a moment");
        reply.headers.emplace_back("Retry-After", "1");
        return reply;
    }
    ApiReply check_body(const ApiRequest& r) const;

    ApiReply health();
    ApiReply kinds();
    ApiReply templates();
    ApiReply offices();
    ApiReply date(const ApiRequest& r);
    ApiReply render(const ApiRequest& r);
    ApiReply validate(const ApiRequest& r);
    ApiReply issue(const ApiRequest& r);
    ApiReply issued_file(const std::string& name);
    ApiReply preview(const ApiRequest& r);
    ApiReply convert(const ApiRequest& r);
    ApiReply draft_list();
    ApiReply draft(const ApiRequest& r, const std::string& id);
    static std::optional<ApiReply> form_file(const std::string& path);
    ApiReply json_schema(const std::string& kind);
};

Api::Api(ApiConfig config, Clock clock)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(clock))) {
    if (!impl_->config.data_dir.empty()) {
        // What a killed issue left half-written; never under an issued file's name.
        std::error_code ec;
        const fs::path tmp = fs::path(impl_->config.data_dir) / ".tmp";
        fs::remove_all(tmp, ec);
        fs::create_directories(tmp, ec);
        fs::create_directories(fs::path(impl_->config.data_dir) / "issued", ec);
        auto drafts = Drafts::open((fs::path(impl_->config.data_dir) / "drafts.sqlite").string());
        if (drafts)
            impl_->drafts = std::move(drafts.value());
        else
            impl_->drafts_problem = drafts.error().message;
    }
}

Api::~Api() = default;

ApiReply Api::handle(const ApiRequest& request) {
    try {
        return impl_->route(request);
    } catch (const std::exception& e) {
        return error_reply(500, std::string("the server failed on this request: ") + e.what());
    } catch (...) {
        return error_reply(500, "the server failed on this request");
    }
}

ApiReply Api::Impl::route(const ApiRequest& r) {
    struct Route {
        const char* method;
        const char* path;
        ApiReply (Impl::*get)();
        ApiReply (Impl::*with)(const ApiRequest&);
    };
    static const Route routes[] = {
        {"GET", "/api/health", &Impl::health, nullptr},
        {"GET", "/api/kinds", &Impl::kinds, nullptr},
        {"GET", "/api/templates", &Impl::templates, nullptr},
        {"GET", "/api/offices", &Impl::offices, nullptr},
        {"GET", "/api/date", nullptr, &Impl::date},
        {"POST", "/api/render", nullptr, &Impl::render},
        {"POST", "/api/validate", nullptr, &Impl::validate},
        {"POST", "/api/issue", nullptr, &Impl::issue},
        {"POST", "/api/preview", nullptr, &Impl::preview},
        {"POST", "/api/convert", nullptr, &Impl::convert},
        {"GET", "/api/drafts", &Impl::draft_list, nullptr},
    };
    if (r.method == "GET") {
        if (auto file = form_file(r.path)) return *file;
    }
    const std::string schemas = "/api/schemas/";
    if (r.path.compare(0, schemas.size(), schemas) == 0 && r.method == "GET")
        return json_schema(r.path.substr(schemas.size()));
    const std::string drafts_prefix = "/api/drafts/";
    if (r.path.compare(0, drafts_prefix.size(), drafts_prefix) == 0)
        return draft(r, r.path.substr(drafts_prefix.size()));
    if (r.path == "/api/drafts" && r.method == "POST") return draft(r, "");
    if (r.path == "/api/openapi.json") {
        if (r.method != "GET") return error_reply(405, "use GET for " + r.path);
        return {200, "application/json", kOpenApiJson, {}};
    }
    const std::string files = "/files/issued/";
    if (r.path.compare(0, files.size(), files) == 0) {
        if (r.method != "GET") return error_reply(405, "use GET for " + r.path);
        return issued_file(r.path.substr(files.size()));
    }
    for (const Route& route : routes) {
        if (r.path != route.path) continue;
        if (r.method != route.method)
            return error_reply(405, std::string("use ") + route.method + " for " + r.path);
        return route.get ? (this->*route.get)() : (this->*route.with)(r);
    }
    return error_reply(404, "no such endpoint: " + r.path + "; GET /api/openapi.json lists them");
}

ApiReply Api::Impl::health() {
    return json_reply(200, {{"status", "ok"},
                            {"version", version()},
                            {"workers", pool.workers()},
                            {"busy", pool.busy()},
                            {"waiting", pool.waiting()}});
}

ApiReply Api::Impl::kinds() {
    auto w = worker();
    if (!w) return busy();
    json out = json::array();
    for (const KindInfo& k : w->renderer().kinds()) {
        out.push_back({{"name", k.name},
                       {"title", k.title},
                       {"templates", k.templates},
                       {"schema", "/api/schemas/" + k.name}});
    }
    return json_reply(200, out);
}

ApiReply Api::Impl::templates() {
    auto w = worker();
    if (!w) return busy();
    json out = json::array();
    for (const KindInfo& k : w->renderer().kinds()) {
        for (const std::string& t : k.templates) out.push_back({{"kind", k.name}, {"name", t}});
    }
    return json_reply(200, out);
}

// The letterheads the server holds: what a document names as <letterhead ref="offices/…"/>,
// with their lines so that a form can show which office each is.
ApiReply Api::Impl::offices() {
    json out = json::array();
    for (const std::string& f : source.list({Area::Templates, "offices"})) {
        if (f.size() < 5 || f.compare(f.size() - 4, 4, ".xml") != 0) continue;
        auto bytes = source.read({Area::Templates, "offices/" + f});
        if (!bytes) continue;
        auto doc = xml::parse(bytes.value(), f);
        if (!doc) continue;
        json lines = json::array();
        const xmlNode* root = xmlDocGetRootElement(doc.value().get());
        for (const xmlNode* c : xml::children(root)) {
            std::u16string t = xml::text(c);
            if (!t.empty()) lines.push_back(utf16_to_utf8(t));
        }
        out.push_back(
            {{"ref", "offices/" + f}, {"name", f.substr(0, f.size() - 4)}, {"lines", lines}});
    }
    return json_reply(200, out);
}

ApiReply Api::Impl::date(const ApiRequest& r) {
    const std::string d = query(r, "d");
    const TypedDate typed = read_typed_date(d);
    if (!typed.date) return error_reply(400, "d=\"" + d + "\" is not a date: " + typed.problem);
    const GregorianDate* date = &*typed.date;
    const std::string tpl_name = query(r, "template", "standard");
    if (!safe_name(tpl_name))
        return error_reply(400, "template=\"" + tpl_name + "\" is not a template's name");
    auto tpl = load_template(source, "minutes", tpl_name);
    if (!tpl)
        return error_reply(400, "no template \"" + tpl_name + "\"; GET /api/templates lists them");
    const DateWording& w = tpl.value().dates;
    const std::string bangla = format_bangla_date(to_bangla(*date), w);
    const std::string gregorian = format_gregorian_date(*date, w);
    return json_reply(200, {{"date", format_iso_date(*date)},
                            {"bangla", bangla},
                            {"gregorian", gregorian},
                            {"one_line", bangla + "/" + gregorian},
                            {"numeric", format_numeric_date(*date, "-")},
                            {"weekday", bangla_weekday(weekday_of(*date))}});
}

ApiReply Api::Impl::check_body(const ApiRequest& r) const {
    if (!is_xml(r.content_type) && r.content_type != "application/json") {
        return error_reply(415,
                           "send the document as XML (Content-Type: application/xml) or "
                           "JSON (application/json); this request's is \"" +
                               r.content_type + "\"");
    }
    return {0, "", "", {}};
}

ApiReply Api::Impl::render(const ApiRequest& r) {
    if (ApiReply refused = check_body(r); refused.status) return refused;
    RenderOptions options;
    const std::string format = query(r, "format", "pdf");
    if (auto refused = read_pdfa(r, options.pdfa)) return *refused;
    auto w = worker();
    if (!w) return busy();
    bool known = false;
    for (const std::string& f : w->renderer().formats()) known = known || f == format;
    if (!known) {
        std::string list;
        for (const std::string& f : w->renderer().formats()) list += (list.empty() ? "" : ", ") + f;
        return error_reply(400, "format=" + format + " is not one the server writes: " + list);
    }
    options.formats = {format};
    auto rendered = w->renderer().render(kDocumentName, r.body, options);
    if (!rendered) return render_failed(w->renderer(), kDocumentName, r.body, rendered.error());
    Output& out = rendered.value().outputs.front();
    ApiReply reply{200, out.media_type, std::move(out.bytes), {}};
    reply.headers.emplace_back("Content-Disposition",
                               "inline; filename=\"document" + out.extension + "\"");
    reply.headers.emplace_back("X-Potro-Pages", std::to_string(rendered.value().pages));
    reply.headers.emplace_back("X-Potro-Warnings",
                               std::to_string(rendered.value().warnings.size()));
    return reply;
}

ApiReply Api::Impl::validate(const ApiRequest& r) {
    if (ApiReply refused = check_body(r); refused.status) return refused;
    auto w = worker();
    if (!w) return busy();
    const std::vector<Diagnostic> all = w->renderer().validate(kDocumentName, r.body);
    bool failed = false;
    for (const Diagnostic& d : all) failed = failed || d.severity == Severity::Error;
    return diagnostics_reply(failed ? 422 : 200, all, r.body);
}

// Issuing: the register gives the memo its serial (the same one each time the document, known
// by its id, is issued), and the PDF (PDF/A-2u unless pdfa= says otherwise), the DOCX and the
// XML they were made from are stored under DATA/issued/ID.* — each written whole and renamed
// into place, so a server killed at any moment leaves no partial file there.
ApiReply Api::Impl::issue(const ApiRequest& r) {
    if (config.data_dir.empty())
        return error_reply(404, "this server issues no documents; start it with --data DIR");
    if (ApiReply refused = check_body(r); refused.status) return refused;
    // The id is read from the XML (a JSON document's, made from it), the error told where the
    // client wrote the root.
    std::string xml_text = r.body;
    std::shared_ptr<const JsonPositions> from_json;
    if (looks_like_json(r.body)) {
        auto converted = json_to_xml(r.body, kDocumentName);
        if (!converted) return diagnostics_reply(422, {converted.error()}, r.body);
        xml_text = std::move(converted.value().xml);
        from_json = converted.value().positions;
    }
    auto parsed = xml::parse(xml_text, kDocumentName);
    if (!parsed) return diagnostics_reply(422, {parsed.error()}, r.body);
    const xmlNode* root = xmlDocGetRootElement(parsed.value().get());
    const std::string id = xml::attr(root, "id");
    SourcePos at = xml::pos(root, kDocumentName, xml_text);
    if (from_json) at = from_json->located(make_error(at, "")).pos;
    if (id.empty()) {
        return diagnostics_reply(
            422,
            {make_error(at, "an issued document needs an id on <" + xml::name(root) +
                                ">, by which the register knows it when it is issued "
                                "again (id=\"office-2025-letter-17\")")},
            r.body);
    }
    if (!safe_name(id)) {
        return diagnostics_reply(422,
                                 {make_error(at, "id=\"" + id +
                                                     "\" may hold only Latin letters, digits, '.', "
                                                     "'-' and '_' (it names the issued files)")},
                                 r.body);
    }
    std::optional<int> pdfa = 2;
    if (auto refused = read_pdfa(r, pdfa)) return *refused;
    auto w = worker();
    if (!w) return busy();
    const fs::path data(config.data_dir);
    RenderJob job;
    job.input = id + ".xml";
    job.input_bytes = r.body;
    job.output_dir = (data / "issued").string();
    job.formats = {"pdf", "docx"};
    job.register_path = (data / "memo-register.sqlite").string();
    job.pdfa_part = pdfa;
    job.temp_dir = (data / ".tmp").string();
    auto outcome = run_render(job, source);
    if (!outcome) return render_failed(w->renderer(), job.input, r.body, outcome.error());
    const std::string xml_path = (data / "issued" / (id + ".xml")).string();
    if (auto st = write_file_atomically(xml_path, xml_text, {job.temp_dir, true}); !st)
        return error_reply(500, "cannot store the document: " + st.error().message);
    const std::string base = "/files/issued/" + id;
    return json_reply(
        200, {{"id", id},
              {"memo", outcome.value().memo},
              {"pages", outcome.value().pages},
              {"files", {{"pdf", base + ".pdf"}, {"docx", base + ".docx"}, {"xml", base + ".xml"}}},
              {"warnings", diagnostics_json(outcome.value().warnings, job.input, r.body)}});
}

ApiReply Api::Impl::issued_file(const std::string& name) {
    if (config.data_dir.empty() || !safe_name(name))
        return error_reply(404, "no such file: " + name);
    const std::string ext = fs::path(name).extension().string();
    const char* type =
        ext == ".pdf"    ? "application/pdf"
        : ext == ".docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        : ext == ".xml"  ? "application/xml"
                         : nullptr;
    if (!type) return error_reply(404, "no such file: " + name);
    auto bytes = read_file((fs::path(config.data_dir) / "issued" / name).string());
    if (!bytes) return error_reply(404, "no such file: " + name);
    ApiReply reply{200, type, std::move(bytes.value()), {}};
    reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return reply;
}

namespace {

std::string base64(const std::string& bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()),
                                  static_cast<int>(bytes.size()));
    out.resize(static_cast<size_t>(n));
    return out;
}

}  // namespace

// The form's preview: the document rendered as a PDF and its pages drawn as images.
ApiReply Api::Impl::preview(const ApiRequest& r) {
    if (ApiReply refused = check_body(r); refused.status) return refused;
    double dpi = 60;
    if (const std::string d = query(r, "dpi"); !d.empty()) {
        const auto v = read_decimal(d);
        if (!v || *v < 20 || *v > 150)
            return error_reply(400, "dpi=" + d + " must be from 20 to 150");
        dpi = *v;
    }
    auto w = worker();
    if (!w) return busy();
    RenderOptions options;
    options.formats = {"pdf"};
    options.pdfa = 0;
    // The register gives the serial only when the document is issued; until then the memo
    // line shows where it will stand.
    options.unassigned_serial = "…";
    auto rendered = w->renderer().render(kDocumentName, r.body, options);
    if (!rendered) return render_failed(w->renderer(), kDocumentName, r.body, rendered.error());
    auto images = page_images(rendered.value().outputs.front().bytes, dpi, 30);
    if (!images) return error_reply(500, images.error().message);
    json out = {{"pages", images.value().pages},
                {"warnings", diagnostics_json(rendered.value().warnings, kDocumentName, r.body)}};
    json list = json::array();
    for (const std::string& png : images.value().pngs)
        list.push_back("data:image/png;base64," + base64(png));
    out["images"] = std::move(list);
    return json_reply(200, out);
}

// A document as the other form: ?to=json (from XML) or ?to=xml (from JSON).
ApiReply Api::Impl::convert(const ApiRequest& r) {
    if (ApiReply refused = check_body(r); refused.status) return refused;
    const std::string to = query(r, "to");
    if (to == "json") {
        auto out = xml_to_json(r.body, kDocumentName);
        if (!out) return diagnostics_reply(422, {out.error()}, r.body);
        return {200, "application/json", std::move(out.value()), {}};
    }
    if (to == "xml") {
        auto out = json_to_xml(r.body, kDocumentName);
        if (!out) return diagnostics_reply(422, {out.error()}, r.body);
        return {200, "application/xml", std::move(out.value().xml), {}};
    }
    return error_reply(400, "to=" + to + " must be json or xml");
}

ApiReply Api::Impl::draft_list() {
    if (!drafts) return no_drafts();
    json out = json::array();
    for (const DraftSummary& d : drafts->list()) {
        out.push_back({{"id", d.id},
                       {"kind", d.kind},
                       {"subject", d.subject},
                       {"date", d.date},
                       {"updated", d.updated}});
    }
    return json_reply(200, out);
}

// POST /api/drafts (a new one), GET, POST/PUT and DELETE /api/drafts/ID. A draft may be
// incomplete or wrong: it is kept as it is, only its JSON must be a document's shape.
ApiReply Api::Impl::draft(const ApiRequest& r, const std::string& id_text) {
    if (!drafts) return no_drafts();
    int64_t id = 0;
    if (!id_text.empty()) {
        for (char c : id_text) {
            if (c < '0' || c > '9' || id_text.size() > 15)
                return error_reply(404, "no draft " + id_text);
        }
        id = std::stoll(id_text);
    }
    if (r.method == "GET" && id) {
        auto doc = drafts->document(id);
        if (!doc) return error_reply(404, "no draft " + id_text);
        return {200,
                "application/json",
                "{\"id\":" + std::to_string(id) + ",\"document\":" + *doc + "}\n",
                {}};
    }
    if (r.method == "DELETE" && id) {
        if (!drafts->remove(id)) return error_reply(404, "no draft " + id_text);
        return {204, "application/json", "", {}};
    }
    if (r.method == "POST" || r.method == "PUT") {
        if (r.content_type != "application/json")
            return error_reply(415, "send the draft as JSON: {\"document\": {…}}");
        auto body = json::parse(r.body, nullptr, false);
        if (!body.is_object() || !body.contains("document") || !body["document"].is_object() ||
            body["document"].size() != 1)
            return error_reply(422, "a draft is {\"document\": {\"KIND\": {…}}}");
        const std::string doc = json_text(body["document"]);
        auto saved = drafts->save(id, doc, clock ? clock().unix_seconds : 0);
        if (!saved) return error_reply(id ? 404 : 500, saved.error().message);
        return json_reply(id ? 200 : 201, {{"id", saved.value()}});
    }
    return error_reply(405, "use GET, POST, PUT or DELETE for " + r.path);
}

// The form's own files, built into the binary.
std::optional<ApiReply> Api::Impl::form_file(const std::string& path) {
    if (path == "/" || path == "/index.html")
        return ApiReply{200, "text/html; charset=utf-8", kFormHtml, {}};
    if (path == "/form.css") return ApiReply{200, "text/css; charset=utf-8", kFormCss, {}};
    if (path == "/form.js") return ApiReply{200, "text/javascript; charset=utf-8", kFormJs, {}};
    if (path == "/favicon.ico") return ApiReply{204, "image/x-icon", "", {}};
    return std::nullopt;
}

// The JSON Schema of a kind's JSON form (templates/json/, made from its RelaxNG schema).
ApiReply Api::Impl::json_schema(const std::string& kind) {
    if (!safe_name(kind))
        return error_reply(404, "no kind \"" + kind + "\"; GET /api/kinds lists them");
    auto bytes = source.read({Area::Templates, "json/" + kind + ".schema.json"});
    if (!bytes) return error_reply(404, "no kind \"" + kind + "\"; GET /api/kinds lists them");
    return {200, "application/schema+json", std::move(bytes.value()), {}};
}

}  // namespace potro::service
