#!/usr/bin/env python3
"""Checks, structurally, what PDF/A-2u / PDF/A-3u asks of a file potro wrote.

usage: pdfa_check.py FILE.pdf PART [ATTACHMENTS]

Clauses checked (ISO 19005-2/-3): 6.1.2 header; 6.1.3 trailer ID, no Encrypt; 6.2.4.3 an RGB
output intent with an ICC profile (N 3) for DeviceRGB/DeviceGray; 6.2.11.4 every font embedded
(FontFile2/FontFile3), 6.2.11.7 ToUnicode on every Type0 font; 6.6.2 an unfiltered XMP
metadata stream that parses, with pdfaid:part/conformance, and the Info entries matching their
XMP equivalents; 6.1.7/6.1.10 no LZW, no external streams; no transparency (no soft masks, transparency groups
or constant alpha below 1 — stricter than PDF/A-2 itself, as the issue asks); 6.6.1/6.5 no JavaScript, no
additional actions, no Launch; 6.8 (part 2) no embedded files, (part 3) every embedded file
with F, UF, AFRelationship, a MIME Subtype and Params/ModDate, listed in the catalog's AF.
"""
import base64
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

path, part = sys.argv[1], int(sys.argv[2])
want_files = int(sys.argv[3]) if len(sys.argv) > 3 else None
problems = []

def fail(msg):
    problems.append(msg)

with open(path, "rb") as f:
    head = f.read(8)
if not head.startswith(b"%PDF-1.7"):
    fail(f"header is {head!r}, not %PDF-1.7")

j = json.loads(subprocess.run(
    ["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
     "--decode-level=generalized", path], capture_output=True, check=True).stdout)
objs = j["qpdf"][1]
trailer = objs["trailer"]["value"]

def get(ref):
    o = objs.get("obj:" + ref) if isinstance(ref, str) and ref.endswith(" R") else None
    return o if o is not None else ref

def value(ref):
    o = get(ref)
    if isinstance(o, dict) and "value" in o:
        return o["value"]
    if isinstance(o, dict) and "stream" in o:
        return o["stream"]["dict"]
    return o

def data(ref):
    return base64.b64decode(get(ref)["stream"]["data"])

def text(s):
    if s is None:
        return None
    if s.startswith("u:"):
        return s[2:]
    if s.startswith("b:"):
        b = bytes.fromhex(s[2:])
        return b[2:].decode("utf-16-be") if b.startswith(b"\xfe\xff") else b.decode("latin-1")
    return s

if "/ID" not in trailer:
    fail("the trailer has no /ID")
if "/Encrypt" in trailer:
    fail("the file is encrypted")
catalog = value(trailer["/Root"])
info = value(trailer.get("/Info")) or {}

# Metadata
meta_ref = catalog.get("/Metadata")
if not meta_ref:
    fail("the catalog has no /Metadata")
else:
    md = value(meta_ref)
    if md.get("/Type") != "/Metadata" or md.get("/Subtype") != "/XML":
        fail("/Metadata is not /Type /Metadata /Subtype /XML")
    if "/Filter" in md:
        fail("the metadata stream is filtered")
    xmp = data(meta_ref).decode("utf-8")
    if "bytes=" in xmp.split("?>", 1)[0]:
        fail("the xpacket header has a bytes attribute")
    ns = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
          "pdf": "http://ns.adobe.com/pdf/1.3/", "pdfaid": "http://www.aiim.org/pdfa/ns/id/"}
    root = ET.fromstring(xmp[xmp.index("<x:xmpmeta"):xmp.index("</x:xmpmeta>") + 12])
    desc = root.find("rdf:RDF/rdf:Description", ns)
    def one(tag):
        e = desc.find(tag, ns)
        return None if e is None else (e.text or "")
    def alt(tag):
        e = desc.find(tag + "/rdf:Alt/rdf:li", ns)
        return None if e is None else e.text
    if one("pdfaid:part") != str(part):
        fail(f"pdfaid:part is {one('pdfaid:part')}, want {part}")
    if one("pdfaid:conformance") != "U":
        fail(f"pdfaid:conformance is {one('pdfaid:conformance')}, want U")
    pairs = [("/Title", alt("dc:title")), ("/Subject", alt("dc:description")),
             ("/Keywords", one("pdf:Keywords")), ("/Producer", one("pdf:Producer")),
             ("/Creator", one("xmp:CreatorTool"))]
    creator = desc.find("dc:creator/rdf:Seq/rdf:li", ns)
    pairs.append(("/Author", None if creator is None else creator.text))
    for key, x in pairs:
        i = text(info.get(key))
        if i is not None and i != x:
            fail(f"Info {key} {i!r} differs from the XMP's {x!r}")
    cd = text(info.get("/CreationDate"))
    xd = one("xmp:CreateDate")
    if cd and (not xd or cd[2:10] != xd[0:10].replace("-", "")):
        fail(f"Info /CreationDate {cd} and xmp:CreateDate {xd} disagree")
    lang = desc.find("dc:language/rdf:Bag/rdf:li", ns)
    if lang is None or lang.text != "bn-BD":
        fail("dc:language is not bn-BD")

# Output intent
intents = value(catalog.get("/OutputIntents")) or []
pdfa_intents = [value(i) for i in intents if value(i).get("/S") == "/GTS_PDFA1"]
if len(pdfa_intents) != 1:
    fail(f"{len(pdfa_intents)} PDF/A output intents, want 1")
else:
    prof = pdfa_intents[0].get("/DestOutputProfile")
    if not prof or value(prof).get("/N") != 3:
        fail("the output intent's profile is missing or not /N 3")
    else:
        icc = data(prof)
        if icc[36:40] != b"acsp" or icc[16:20] != b"RGB ":
            fail("the output intent's profile is not an RGB ICC profile")

# Fonts, forbidden keys, filters
fonts = 0
for key, o in objs.items():
    if not key.startswith("obj:"):
        continue
    d = o.get("value") if "value" in o else o.get("stream", {}).get("dict")
    if not isinstance(d, dict):
        continue
    for bad in ("/JS", "/JavaScript", "/AA", "/Launch"):
        if bad in d:
            fail(f"{key} has {bad}")
    if d.get("/S") in ("/JavaScript", "/Launch"):
        fail(f"{key} is a {d['/S']} action")
    filt = d.get("/Filter")
    filters = filt if isinstance(filt, list) else [filt]
    if "/LZWDecode" in filters:
        fail(f"{key} uses LZW")
    if "/F" in d and "stream" in o:
        fail(f"{key} is an external stream")
    # No transparency: no soft masks, no transparency groups, no constant alpha below 1.
    if "/SMask" in d and d.get("/SMask") != "/None":
        fail(f"{key} has a soft mask")
    group = value(d.get("/Group")) if "/Group" in d else None
    if isinstance(group, dict) and group.get("/S") == "/Transparency":
        fail(f"{key} is a transparency group")
    for alpha_key in ("/CA", "/ca"):
        if alpha_key in d and d[alpha_key] != 1:
            fail(f"{key} has {alpha_key} {d[alpha_key]}")
    if d.get("/Type") == "/Font":
        fonts += 1
        sub = d.get("/Subtype")
        if sub == "/Type0":
            if "/ToUnicode" not in d:
                fail(f"font {key} has no ToUnicode")
            for df in value(d["/DescendantFonts"]):
                fd = value(value(df)["/FontDescriptor"])
                if not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    fail(f"font {key} is not embedded")
        elif sub != "/Type3":
            fd = value(d.get("/FontDescriptor")) or {}
            if not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                fail(f"font {key} ({d.get('/BaseFont')}) is not embedded")
if fonts == 0:
    fail("no fonts found")

# Embedded files
names = value(catalog.get("/Names")) or {}
ef_tree = value(names.get("/EmbeddedFiles")) if names else None
specs = []
if ef_tree:
    kids = value(ef_tree.get("/Names")) or []
    specs = [value(kids[i + 1]) for i in range(0, len(kids), 2)]
if part == 2 and specs:
    fail("a PDF/A-2 file carries embedded files")
if part == 3:
    af = [value(a) for a in (value(catalog.get("/AF")) or [])]
    if len(af) != len(specs):
        fail(f"the catalog's /AF lists {len(af)} files, the name tree {len(specs)}")
    for s in specs:
        for k in ("/F", "/UF", "/AFRelationship", "/EF"):
            if k not in s:
                fail(f"a file specification has no {k}")
        stream = value(value(s["/EF"])["/F"])
        if "/Subtype" not in stream:
            fail("an embedded file has no MIME /Subtype")
        if "/ModDate" not in (value(stream.get("/Params")) or {}):
            fail("an embedded file has no /Params /ModDate")
    if want_files is not None and len(specs) != want_files:
        fail(f"{len(specs)} embedded files, want {want_files}")

if problems:
    print(f"{path}: not PDF/A-{part}u:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print(f"{path}: PDF/A-{part}u checks passed ({fonts} fonts, {len(specs)} embedded files)")
