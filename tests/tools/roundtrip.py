#!/usr/bin/env python3
"""Every paragraph, cell, list item and recipient of a minutes file must come back from the
PDF (pdftotext -raw), in reading order.

usage: roundtrip.py MINUTES.xml PDF|TXT
Text is compared after NFC and whitespace folding; a line break after "/" or "-" is not a
space; page numbers and the heading rows a table repeats on each page are allowed in between.
"""
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

TEXT_ELEMENTS = {"subject", "p", "item", "cell", "to", "title", "discussion", "decision",
                 "closing", "name", "designation", "office", "place", "line", "website",
                 "web", "address", "phone", "email"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"([/-]) ", r"\1", s)


def expected_texts(path):
    root = ET.parse(path).getroot()
    out = []

    def walk(el):
        has_blocks = any(c.tag not in ("b", "i", "br") for c in el)
        if el.tag in TEXT_ELEMENTS and not has_blocks:
            t = norm("".join(el.itertext()))
            if t:
                out.append(t)
            return
        for c in el:
            walk(c)

    for c in root:
        if c.tag == "letterhead" and c.get("ref"):
            continue  # the letterhead file is checked by its own rendering
        walk(c)
    heads = [norm(" ".join("".join(cell.itertext()) for cell in h)) for h in root.iter("head")]
    return out, heads


def main():
    xml_path, pdf = sys.argv[1], sys.argv[2]
    if pdf.endswith(".txt"):  # a text export (LibreOffice's, of the DOCX)
        got = open(pdf, encoding="utf-8-sig").read()
    else:
        got = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
    got = re.sub(r"পৃষ্ঠা[ -][০-৯]+( এর [০-৯]+)?", " ", got)
    text = norm(got)
    expected, heads = expected_texts(xml_path)
    stripped = text
    for h in heads:
        stripped = stripped.replace(h, " ")
    stripped = norm(stripped)
    pos = 0
    pos_stripped = 0
    missing = 0
    for t in expected:
        at = text.find(t, pos)
        if at >= 0:
            pos = at + len(t)
            continue
        # A table row split across pages has the repeated heading inside it.
        at = stripped.find(t, pos_stripped)
        if at >= 0:
            pos_stripped = at + len(t)
            continue
        # A cell of a row split across pages: its first part, the other cells' first parts and
        # the repeated heading, then its second part.
        words = t.split(" ")
        found = False
        for k in range(1, len(words)):
            head, tail = " ".join(words[:k]), " ".join(words[k:])
            a = text.find(head, pos)
            if a >= 0 and text.find(tail, a + len(head)) >= 0:
                pos = a + len(head)
                found = True
                break
        if found:
            continue
        missing += 1
        print("not found in order:", t[:80])
    print(f"{len(expected) - missing} of {len(expected)} texts found in reading order")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
