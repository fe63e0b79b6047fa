#!/usr/bin/env python3
"""Opens a potro DOCX with python-docx (as another program would) and checks what a clerk
relies on: the named paragraph styles exist and are used, the tables are real tables whose cells
hold the input's cell text, short and heading rows are kept whole (w:cantSplit), and Bangla runs
carry the complex-script font and bn-BD.

usage: docx_check.py MINUTES.xml DOCX
"""
import sys
import unicodedata
import xml.etree.ElementTree as ET

import docx  # python3-docx
from docx.oxml.ns import qn


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def main():
    xml_path, path = sys.argv[1], sys.argv[2]
    d = docx.Document(path)
    names = {s.name for s in d.styles}
    for wanted in ("Title", "Body", "Signature", "MeetingBlock", "TableText"):
        if wanted not in names:
            print("missing style", wanted)
            return 1
    used = {p.style.name for p in d.paragraphs}
    root = ET.parse(xml_path).getroot()
    # A letter has no title: its subject stands after বিষয়: in the body's style.
    for wanted in ("Signature",) if root.tag == "letter" else ("Title", "Signature"):
        if wanted not in used:
            print("style not used:", wanted)
            return 1
    want_tables = len(root.findall(".//table"))
    # The meeting block and the memo/date row are tables too; the annex adds one.
    docx_cells = []
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                docx_cells.append(norm(cell.text))
    missing = 0
    for cell in root.iter("cell"):
        text = norm("".join(cell.itertext()))
        if text and not any(text in c for c in docx_cells):
            missing += 1
            print("cell not found:", text[:60])
    # The memo line (or the meeting block) is a table too, except a notification's gazette
    # date line, which is two paragraphs.
    extra = 0 if root.tag == "notification" else 1
    if len(d.tables) < want_tables + extra:
        print(f"{len(d.tables)} tables, expected at least {want_tables + extra}")
        return 1
    rfonts = d.element.body.find(".//" + qn("w:rFonts"))
    lang = d.element.body.find(".//" + qn("w:lang"))
    if rfonts is None or "Bengali" not in (rfonts.get(qn("w:cs")) or "") or lang is None or lang.get(qn("w:bidi")) != "bn-BD":
        print("runs lack the complex-script font or bn-BD")
        return 1
    # Every <heading> is a Word heading (heading 1–3), as the navigation pane and converters
    # know one, and in the document's order.
    # (An annex's or a list's <heading> is its title line, not a section of the text.)
    parent = {c: e for e in root.iter() for c in e}
    word_headings = [norm(p.text) for p in d.paragraphs if p.style.name.startswith("Heading ")]
    for h in (norm("".join(x.itertext())) for x in root.iter("heading")
              if parent[x].tag not in ("annex", "distribution", "copies")):
        if h and not any(h in w for w in word_headings):
            print("a <heading> that is not a Word heading:", h[:40])
            return 1
    # Rows Word may not split (w:cantSplit): every one-line row, as potro never splits a row of
    # fewer than four lines; a table's heading rows repeat (w:tblHeader) and never split.
    for t in d.tables:
        for row in t.rows:
            pr = row._tr.trPr
            cant = pr is not None and pr.find(qn("w:cantSplit")) is not None
            header = pr is not None and pr.find(qn("w:tblHeader")) is not None
            one_line = all(len(norm(c.text)) <= 12 for c in row.cells)
            if (one_line or header) and not cant:
                print("a short or heading row Word may split:", [norm(c.text)[:20] for c in row.cells])
                return 1
    # Latin runs at the template's Latin scale of the Bangla size, as in the PDF (0.9 in the
    # bundled templates), and Bangla runs marked complex script (w:cs).
    latin_runs = 0
    for r in d.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        pr = r.find(qn("w:rPr"))
        if pr is None or not text.strip():
            continue
        sz, szcs = pr.find(qn("w:sz")), pr.find(qn("w:szCs"))
        if any("a" <= c.lower() <= "z" for c in text) and not any("\u0980" <= c <= "\u09ff" for c in text):
            latin_runs += 1
            ratio = int(sz.get(qn("w:val"))) / int(szcs.get(qn("w:val")))
            if not 0.85 <= ratio <= 0.95 or pr.find(qn("w:cs")) is not None:
                print("a Latin run not at the Latin scale:", text[:30], ratio)
                return 1
        elif any("\u0980" <= c <= "\u09ff" for c in text) and pr.find(qn("w:cs")) is None:
            print("a Bangla run not marked complex script (w:cs):", text[:30])
            return 1
    print(f"python-docx: {len(d.tables)} tables, {len(docx_cells)} cells, {latin_runs} Latin runs, styles {sorted(used)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
