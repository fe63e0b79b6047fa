#!/usr/bin/env python3
"""`potro serve`: every API endpoint over loopback, good and bad documents, the limits (413,
415, 503 under overload, slow clients), the token, a clean stop with a request in flight, and
a server killed while issuing, then restarted. Every server this starts listens on 127.0.0.1
(or, for the token check, 0.0.0.0 on a free port) and is stopped at the end, also on failure.

usage: serve_api.py POTRO EXAMPLES_DIR BAD_DIR OUT_DIR
"""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

POTRO, EXAMPLES, BAD, OUT = sys.argv[1:5]
OUT = os.path.join(OUT, "serve-api")
shutil.rmtree(OUT, ignore_errors=True)
os.makedirs(OUT)

failures = 0
servers = []


def check(what, ok, detail=""):
    global failures
    if ok:
        print("ok:", what)
    else:
        failures += 1
        print("FAIL:", what, detail)


class Server:
    """A `potro serve` on a free port; `log` collects its standard error."""

    def __init__(self, *args, data=None, host="127.0.0.1"):
        cmd = [POTRO, "serve", "--listen", host + ":0"] + list(args)
        if data:
            cmd += ["--data", data]
        self.proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        servers.append(self)
        self.lines = []
        line = self.proc.stderr.readline()
        self.lines.append(line)
        m = re.search(r":(\d+)/", line)
        if not m:
            raise RuntimeError("the server did not start: " + line + self.proc.stderr.read())
        self.port = int(m.group(1))
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.proc.stderr:
            self.lines.append(line)

    def request(self, method, path, body=None, headers=None, timeout=60):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, dict(r.getheaders()), r.read()
        finally:
            conn.close()

    def post_xml(self, path, xml, headers=None):
        h = {"Content-Type": "application/xml"}
        h.update(headers or {})
        return self.request("POST", path, xml, h)

    def stop(self, sig=signal.SIGTERM):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.reader.join(timeout=5)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def pdf_text(data):
    path = os.path.join(OUT, "t.pdf")
    with open(path, "wb") as f:
        f.write(data)
    return subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True,
                          text=True).stdout


# A heavy document (a long table), so that renders overlap when several are sent at once.
def heavy_minutes(rows):
    body = "".join(
        "<row><cell>%d</cell><cell>রাজাপুর উপজেলার ইউনিয়ন পরিষদের তথ্যসেবা কেন্দ্রের হালনাগাদ "
        "প্রতিবেদন ও পরবর্তী করণীয় বিষয়ে আলোচনা</cell><cell>সম্পন্ন</cell></row>" % i
        for i in range(rows))
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<minutes>
  <subject>পরীক্ষামূলক দীর্ঘ সভা</subject>
  <meeting><chair><name>নুসরাত জাহান চৌধুরী</name></chair><date>2025-08-12</date></meeting>
  <body><table widths="1 6 2"><head><cell>ক্রমিক</cell><cell>বিষয়</cell><cell>অবস্থা</cell></head>
  %s</table></body>
  <signature><name>নুসরাত জাহান চৌধুরী</name></signature>
</minutes>""" % body).encode()


AUTO_LETTER = read(os.path.join(EXAMPLES, "letter-training-nominations.xml")).replace(
    b'<memo>', b'<memo serial="auto">', 1)
AUTO_LETTER = re.sub(rb'(<memo serial="auto">[^<]*)\.[^.<]*</memo>', rb'\1</memo>', AUTO_LETTER)


def with_id(xml, new_id):
    return re.sub(rb' id="[^"]*"', b' id="' + new_id.encode() + b'"', xml, count=1)


try:
    data = os.path.join(OUT, "data")
    s = Server("-j", "2", "--read-timeout", "2", data=data)

    # --- the read-only endpoints
    st, h, b = s.request("GET", "/api/health")
    check("health", st == 200 and json.loads(b)["status"] == "ok", b)
    st, h, b = s.request("GET", "/api/kinds")
    kinds = {k["name"]: k for k in json.loads(b)}
    check("kinds lists every kind", {"minutes", "letter", "office-order", "notification",
                                      "meeting-notice"} <= set(kinds), kinds.keys())
    check("… with Bangla titles", kinds["letter"]["title"] == "সরকারি পত্র")
    st, h, b = s.request("GET", kinds["letter"]["schema"])
    check("each kind's JSON Schema is served", st == 200 and json.loads(b)["required"] == ["letter"])
    st, h, b = s.request("GET", "/api/schemas/../../etc/passwd")
    check("… and nothing else by that path", st == 404)
    st, h, b = s.request("GET", "/api/templates")
    check("templates", {"kind": "letter", "name": "demi-official"} in json.loads(b))
    st, h, b = s.request("GET", "/api/offices")
    offices = {o["ref"]: o for o in json.loads(b)}
    check("offices: the server's letterheads with their lines",
          "জেলা প্রশাসকের কার্যালয়, নাটোর" in offices.get("offices/natore-dc.xml", {}).get("lines", []))
    st, h, b = s.request("GET", "/api/date?d=2025-05-06")
    d = json.loads(b)
    check("date: weekday and dual date", d.get("weekday") == "মঙ্গলবার" and
          d.get("bangla", "").startswith("২৩ বৈশাখ ১৪৩২") and d.get("numeric") == "০৬-০৫-২০২৫", d)
    st, h, b = s.request("GET", "/api/date?d=2025-02-30")
    check("date: a day that does not exist is a 400 saying so",
          st == 400 and "the day does not exist (February 2025 has 28 days)" in json.loads(b)["error"])
    st, h, b = s.request("GET", "/api/date?d=06-05")
    check("date: a wrong date is a 400 saying how to write it",
          st == 400 and "YYYY-MM-DD" in json.loads(b)["error"])
    st, h, b = s.request("GET", "/api/date?d=" + urllib.parse.quote("২০২৫-০৫-০৬"))
    check("date: Bangla digits are read", st == 200 and json.loads(b).get("date") == "2025-05-06", b)
    st, h, b = s.request("GET", "/api/openapi.json")
    spec = json.loads(b)
    check("openapi.json describes every endpoint", spec.get("openapi", "").startswith("3.") and
          {"/api/render", "/api/validate", "/api/issue", "/api/kinds", "/api/templates",
           "/api/offices", "/api/date", "/api/health"} <= set(spec["paths"]))
    st, h, b = s.request("GET", "/api/nothing-here")
    check("unknown endpoint: 404", st == 404)
    st, h, b = s.request("GET", "/api/render")
    check("wrong method: 405", st == 405)

    # --- render every example that stands alone (a minutes file that follows a notice needs
    # the notice beside it, which a request cannot send)
    examples = sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".xml"))
    rendered = 0
    for f in examples:
        xml = read(os.path.join(EXAMPLES, f))
        if b"follows=" in xml:
            continue
        st, h, b = s.post_xml("/api/render?format=pdf", xml)
        if st == 200 and b.startswith(b"%PDF") and int(h.get("X-Potro-Pages", "0")) >= 1:
            rendered += 1
        else:
            check("render " + f, False, (st, b[:300]))
    check("every standalone example renders to a PDF over the API (%d)" % rendered, rendered >= 14)
    letter = read(os.path.join(EXAMPLES, "letter-training-nominations.xml"))
    st, h, b = s.post_xml("/api/render?format=pdf", letter)
    check("the PDF holds the letter's text", "প্রশিক্ষণ" in pdf_text(b))
    st, h, b = s.post_xml("/api/render?format=docx", letter)
    check("format=docx gives a DOCX", st == 200 and b.startswith(b"PK") and
          h.get("Content-Type", "").startswith("application/vnd.openxmlformats"))
    st, h, b = s.post_xml("/api/render?format=pdf&pdfa=3", letter)
    check("pdfa=3 gives PDF/A-3u", st == 200 and b"pdfaid:part" in b)
    st, h, b = s.post_xml("/api/render?format=odt", letter)
    check("an unknown format: 400 naming the formats", st == 400 and "pdf" in json.loads(b)["error"])
    st, h, b = s.post_xml("/api/render?pdfa=7", letter)
    check("a bad pdfa: 400", st == 400)
    # --- the same documents as JSON
    letter_json = subprocess.run([POTRO, "convert", os.path.join(EXAMPLES, "letter-training-nominations.xml")],
                                 capture_output=True, check=True).stdout
    st, h, b = s.request("POST", "/api/render?format=pdf", letter_json,
                         {"Content-Type": "application/json"})
    st2, h2, b2 = s.post_xml("/api/render?format=pdf", letter)
    check("a JSON document renders the XML's PDF, byte for byte", st == 200 and b == b2, st)
    bad_json = letter_json.replace(b'"date": "2025-07-14"', b'"date": "2025-02-30"', 1)
    bad_line = bad_json[:bad_json.index(b'"2025-02-30"')].count(b"\n") + 1
    st, h, b = s.request("POST", "/api/validate", bad_json, {"Content-Type": "application/json"})
    diags = json.loads(b)
    check("a bad JSON document: 422, the JSON's line and column, the element's path",
          st == 422 and diags[0]["line"] == bad_line and diags[0]["column"] == 5 and
          diags[0]["path"] == "/letter/date", diags)
    st, h, b = s.request("POST", "/api/validate", b'{"letter": {"subject": ',
                         {"Content-Type": "application/json"})
    check("broken JSON: 422 with the position", st == 422 and json.loads(b)[0]["line"] == 1)
    st, h, b = s.request("POST", "/api/render", letter, {"Content-Type": "text/plain"})
    check("not XML: 415 saying what to send", st == 415 and "application/xml" in json.loads(b)["error"])

    # --- bad documents: every diagnostic with its line, column and element path
    st, h, b = s.post_xml("/api/validate", read(os.path.join(BAD, "meeting-bad-calendar.xml")))
    diags = json.loads(b)
    check("validate a bad document: 422", st == 422)
    check("… the diagnostic's line, column and path",
          diags and diags[0]["line"] == 6 and diags[0]["column"] == 5 and
          diags[0]["path"] == "/minutes/meeting/date" and diags[0]["severity"] == "error", diags)
    two = read(os.path.join(BAD, "meeting-bad-calendar.xml")).replace(
        b"</minutes>", b"<bogus/></minutes>")
    st, h, b = s.post_xml("/api/render", two)
    diags = json.loads(b)
    check("render a bad document: 422 with the diagnostics, as validate gives them",
          st == 422 and any(d["path"] == "/minutes/bogus" and d["line"] == 9 for d in diags), diags)
    many = read(os.path.join(os.path.dirname(BAD), "fixtures", "many-mistakes.xml"))
    st, h, b = s.post_xml("/api/validate", many)
    diags = json.loads(b)
    check("validate: every independent problem at once, each with its element's path",
          st == 422 and [d["path"] for d in diags] == [
              "/minutes/meeting/chair", "/minutes/meeting/date", "/minutes/meeting/time",
              "/minutes/body/table/row", "/minutes/body/bogus", "/minutes/issue/memo",
              "/minutes/issue/date"], [d["path"] for d in diags])
    st, h, b = s.post_xml("/api/validate", letter)
    check("validate a good document: 200, no errors",
          st == 200 and all(d["severity"] == "warning" for d in json.loads(b)))
    st, h, b = s.post_xml("/api/validate", b"<minutes><subject>x</subject")
    diags = json.loads(b)
    check("broken XML: 422 with the position", st == 422 and diags[0]["line"] == 1, diags)
    st, h, b = s.post_xml("/api/validate", read(os.path.join(BAD, "billion-laughs.xml")))
    check("an entity bomb: 422, refused", st == 422)
    charter = read(os.path.join(EXAMPLES, "doict-citizen-charter.xml"))
    for evil in (b"../../etc/passwd", b"/etc/passwd", b"offices/no-such-office.xml"):
        doc = re.sub(rb'<letterhead ref="[^"]*"/>', b'<letterhead ref="' + evil + b'"/>', charter)
        st, h, b = s.post_xml("/api/render", doc)
        diags = json.loads(b) if st == 422 else []
        check("a letterhead named %s: 422 naming the field" % evil.decode(),
              st == 422 and diags[0]["path"].endswith("/letterhead"), (st, b[:300]))
        check("… and not a byte of the file", b"root:" not in b)
    big = b"<minutes>" + b"x" * (5 << 20) + b"</minutes>"
    st, h, b = s.post_xml("/api/render", big)
    check("a body over the limit: 413 with a message", st == 413 and "MB" in json.loads(b)["error"])

    # --- issuing: the register's serial, kept when issued again; files under --data
    st, h, b = s.post_xml("/api/issue", with_id(AUTO_LETTER, "ict-letter-a"))
    first = json.loads(b)
    check("issue: 200 with the memo number from the register",
          st == 200 and first["memo"].endswith(".১"), (st, b[:400]))
    st, h, b = s.post_xml("/api/issue", with_id(AUTO_LETTER, "ict-letter-b"))
    second = json.loads(b)
    check("a second document gets the next serial", second.get("memo", "").endswith(".২"), second)
    st, h, b = s.post_xml("/api/issue", with_id(AUTO_LETTER, "ict-letter-a"))
    check("the first issued again keeps its number", json.loads(b).get("memo") == first["memo"])
    st, h, pdf = s.request("GET", first["files"]["pdf"])
    check("the issued PDF is served, PDF/A-2u, with the memo number",
          st == 200 and b"pdfaid:part>2" in pdf and first["memo"] in pdf_text(pdf))
    st, h, b = s.request("GET", first["files"]["docx"])
    check("the issued DOCX is served", st == 200 and b.startswith(b"PK"))
    for bad_name in ("../memo-register.sqlite", "..%2Fmemo-register.sqlite", "x.sqlite"):
        st, h, b = s.request("GET", "/files/issued/" + bad_name)
        check("no file outside the issued ones: " + bad_name, st == 404)
    auto_json = subprocess.run([POTRO, "convert", "-"], input=with_id(AUTO_LETTER, "ict-letter-c"),
                               capture_output=True, check=True).stdout
    st, h, b = s.request("POST", "/api/issue", auto_json, {"Content-Type": "application/json"})
    check("issue a JSON document: the next serial", st == 200 and json.loads(b)["memo"].endswith(".৩"), b[:300])
    st, h, b = s.post_xml("/api/issue", re.sub(rb' id="[^"]*"', b"", AUTO_LETTER, count=1))
    check("issue without an id: 422 saying why", st == 422 and "id" in json.loads(b)[0]["message"])

    # --- minutes that follow a notice the server issued
    notice = read(os.path.join(EXAMPLES, "meeting-notice-enothi-committee.xml"))
    st, h, b = s.post_xml("/api/issue", notice)
    check("the notice is issued", st == 200, b[:200])
    minutes = read(os.path.join(EXAMPLES, "minutes-enothi-committee.xml")).replace(
        b'follows="meeting-notice-enothi-committee.xml"', b'follows="rjp-enothi-2025-notice-07.xml"')
    st, h, b = s.post_xml("/api/render", minutes)
    check("minutes that follow the issued notice render, with its meeting",
          st == 200 and "জেলা ই-নথি বাস্তবায়ন কমিটির" in pdf_text(b), (st, b[:300]))
    st, h, b = s.post_xml("/api/render", minutes.replace(b"rjp-enothi-2025-notice-07.xml", b"not-issued.xml"))
    check("… and a notice never issued is a 422 naming the minutes", st == 422 and json.loads(b)[0]["path"] == "/minutes")

    # --- the form's endpoints: preview, convert, drafts
    st, h, b = s.post_xml("/api/preview?dpi=40", letter)
    pv = json.loads(b)
    check("preview: the pages as PNG images",
          st == 200 and pv["pages"] == len(pv["images"]) and pv["images"][0].startswith("data:image/png;base64,"))
    st, h, b = s.post_xml("/api/preview", AUTO_LETTER)
    check("preview of a serial=\"auto\" document before it is issued", st == 200, b[:200])
    st, h, b = s.post_xml("/api/preview?dpi=9000", letter)
    check("preview: a dpi out of range is a 400", st == 400)
    st, h, b = s.post_xml("/api/convert?to=json", letter)
    check("convert to JSON", st == 200 and json.loads(b)["letter"]["subject"])
    st, h, b2 = s.request("POST", "/api/convert?to=xml", b, {"Content-Type": "application/json"})
    check("… and back to XML", st == 200 and b2.startswith(b"<?xml") and b"<letter" in b2)
    doc = json.loads(subprocess.run([POTRO, "convert", os.path.join(EXAMPLES, "letter-training-nominations.xml")],
                                    capture_output=True, check=True).stdout)
    st, h, b = s.request("POST", "/api/drafts", json.dumps({"document": doc}), {"Content-Type": "application/json"})
    draft = json.loads(b).get("id")
    check("a draft is saved", st == 201 and draft)
    doc["letter"]["subject"] = "খসড়া বিষয়"
    st, h, b = s.request("PUT", "/api/drafts/%d" % draft, json.dumps({"document": doc}),
                         {"Content-Type": "application/json"})
    check("… replaced", st == 200)
    st, h, b = s.request("GET", "/api/drafts")
    listed = json.loads(b)
    check("… listed with its kind, subject and date", listed and listed[0]["id"] == draft and
          listed[0]["kind"] == "letter" and listed[0]["subject"] == "খসড়া বিষয়" and listed[0]["date"] == "2025-07-14", listed)
    st, h, b = s.request("GET", "/api/drafts/%d" % draft)
    check("… read back", st == 200 and json.loads(b)["document"]["letter"]["subject"] == "খসড়া বিষয়")
    st, h, b = s.request("DELETE", "/api/drafts/%d" % draft)
    st2, h, b = s.request("GET", "/api/drafts/%d" % draft)
    check("… and removed", st == 204 and st2 == 404)
    st, h, b = s.request("GET", "/")
    check("the form is served at /", st == 200 and b"<html lang=\"bn\">" in b and h["Content-Type"].startswith("text/html"))

    # --- a slow client is dropped and holds no worker: others are served meanwhile
    slow = socket.create_connection(("127.0.0.1", s.port))
    slow.sendall(b"POST /api/render HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n")
    t0 = time.time()
    st, h, b = s.request("GET", "/api/health", timeout=5)
    check("served while a client trickles its headers", st == 200 and time.time() - t0 < 1.5)
    slow.settimeout(10)
    try:
        slow.recv(100)  # the server closes (or answers and closes): either way it acted
        gone = True
    except ConnectionResetError:
        gone = True
    except socket.timeout:
        gone = False
    check("the slow client is dropped after --read-timeout", gone and time.time() - t0 < 8)
    slow.close()

    # --- a request in flight when SIGTERM comes is answered; then the server stops
    heavy = heavy_minutes(400)
    result = {}

    def render_heavy():
        result["r"] = s.post_xml("/api/render", heavy)

    t = threading.Thread(target=render_heavy)
    t.start()
    time.sleep(0.15)
    s.proc.send_signal(signal.SIGTERM)
    t.join(timeout=60)
    code = s.proc.wait(timeout=30)
    st, h, b = result.get("r", (0, {}, b""))
    check("SIGTERM: the request in flight is answered", st == 200 and b.startswith(b"%PDF"), st)
    check("… and the server exits 0", code == 0, code)
    s.reader.join(timeout=5)
    log = "".join(s.lines)
    check("one log line per request: method, path, status, ms, bytes",
          re.search(r"^POST /api/render 200 [\d.]+ ms \d+ bytes$", log, re.M) is not None)

    # --- overload: one worker, no queue: what cannot be served at once is a 503
    busy = Server("-j", "1", "--queue", "0")
    answers = []
    lock = threading.Lock()

    def render_one():
        r = busy.post_xml("/api/render", heavy)
        with lock:
            answers.append(r)

    threads = [threading.Thread(target=render_one) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    codes = sorted(a[0] for a in answers)
    check("overload: some served, the rest 503", 200 in codes and 503 in codes, codes)
    check("… a 503 says when to retry",
          all(a[1].get("Retry-After") for a in answers if a[0] == 503))
    busy.stop()

    # --- the token: required off loopback, checked on every request
    p = subprocess.run([POTRO, "serve", "--listen", "0.0.0.0:0"], capture_output=True, text=True,
                       timeout=30)
    check("listening beyond loopback without a token is refused",
          p.returncode == 2 and "--token-file" in p.stderr, p.stderr)
    token_file = os.path.join(OUT, "token")
    with open(token_file, "w") as f:
        f.write("0123456789abcdef0123456789abcdef\n")
    guarded = Server("--token-file", token_file, host="0.0.0.0")
    check("… with a token it starts and says so", "token" in guarded.lines[0], guarded.lines[0])
    st, h, b = guarded.request("GET", "/api/health")
    check("no token: 401", st == 401 and h.get("WWW-Authenticate") == "Bearer")
    st, h, b = guarded.request("GET", "/api/health",
                               headers={"Authorization": "Bearer 0123456789abcdef0123456789abcdee"})
    check("a wrong token: 401", st == 401)
    st, h, b = guarded.request("GET", "/api/health",
                               headers={"Authorization": "Bearer 0123456789abcdef0123456789abcdef"})
    check("the right token: 200", st == 200)
    guarded.stop()

    # --- killed while issuing, then restarted: the register and the files are whole
    data2 = os.path.join(OUT, "data2")
    k = Server("-j", "2", data=data2)
    answered = {}
    stop_issuing = threading.Event()

    def issue_many(worker):
        i = 0
        while not stop_issuing.is_set():
            doc_id = "kill-%d-%d" % (worker, i)
            try:
                st, h, b = k.post_xml("/api/issue", with_id(AUTO_LETTER, doc_id))
                if st == 200:
                    answered[doc_id] = json.loads(b)["memo"]
            except (OSError, http.client.HTTPException):
                return
            i += 1

    issuers = [threading.Thread(target=issue_many, args=(w,)) for w in range(3)]
    for th in issuers:
        th.start()
    time.sleep(2.0)
    k.proc.send_signal(signal.SIGKILL)
    k.proc.wait()
    stop_issuing.set()
    for th in issuers:
        th.join(timeout=60)
    check("some documents were issued before the kill", len(answered) >= 3, len(answered))
    issued = os.listdir(os.path.join(data2, "issued"))
    check("no partial file under the issued folder",
          all(re.fullmatch(r"kill-\d+-\d+\.(pdf|docx|xml)", f) for f in issued), issued)
    bad_pdfs = [f for f in issued if f.endswith(".pdf") and subprocess.run(
        ["qpdf", "--check", os.path.join(data2, "issued", f)], capture_output=True).returncode != 0]
    check("every issued PDF is whole (qpdf --check)", not bad_pdfs, bad_pdfs)
    k2 = Server("-j", "2", data=data2)
    same = True
    for doc_id, memo in sorted(answered.items())[:5]:
        st, h, b = k2.post_xml("/api/issue", with_id(AUTO_LETTER, doc_id))
        same = same and st == 200 and json.loads(b)["memo"] == memo
    check("after the restart, documents issued again keep their numbers", same)
    memos = list(answered.values())
    check("no number was handed out twice", len(set(memos)) == len(memos))
    check("the temporary folder was emptied at the restart",
          os.listdir(os.path.join(data2, ".tmp")) == [])
    k2.stop()
finally:
    for srv in servers:
        if srv.proc.poll() is None:
            srv.proc.kill()
            srv.proc.wait()

if failures == 0:
    print("the service answers every endpoint, refuses what it must, and stops cleanly")
sys.exit(1 if failures else 0)
