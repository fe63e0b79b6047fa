#!/usr/bin/env bash
# The DOCX's table columns are the PDF's: in a table whose given proportions would cut its
# words (tests/fixtures/layout/narrow-columns.xml), Word is given the widened columns potro's
# pages use, not the proportions, so it breaks no word inside a cell either.
set -euo pipefail
bin=$1 fixture=$2 outdir=$3/docx-widths
rm -rf "$outdir" && mkdir -p "$outdir"
"$bin" render "$fixture" -o "$outdir" -q
name=$(basename "$fixture" .xml)
"$bin" render --dump-layout "$fixture" > "$outdir/layout.txt"
unzip -p "$outdir/$name.docx" word/document.xml > "$outdir/document.xml"
python3 - "$outdir/layout.txt" "$outdir/document.xml" <<'PY'
import re, sys
layout, document = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read()
# The PDF: the last table's first row of cell boxes (they share a top).
boxes = [(float(y), float(w)) for y, w in re.findall(r"  box [\d.]+,([\d.]+) ([\d.]+)x", layout)]
rows = {}
for y, w in boxes:
    rows.setdefault(y, []).append(w)
pdf = rows[min(rows)] if len(rows[min(rows)]) == 4 else next(r for r in rows.values() if len(r) == 4)
grids = re.findall(r"<w:tblGrid>(.*?)</w:tblGrid>", document)
docx = [int(w) / 20 for w in re.findall(r'w:w="(\d+)"', grids[-1])]
print("pdf", pdf, "docx", docx)
assert len(pdf) == len(docx) and all(abs(a - b) < 0.2 for a, b in zip(pdf, docx)), "widths differ"
# …and they are not the proportions (which would cut ক্রমিক in a 18-point column).
assert docx[0] > 30, "the first column kept its proportion"
PY
echo "ok: the DOCX's columns are the PDF's"
