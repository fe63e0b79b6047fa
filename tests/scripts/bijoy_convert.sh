#!/usr/bin/env bash
# potro convert --from bijoy: a document and a plain text typed in Bijoy (by the test's own
# encoder, tests/fixtures/bijoy/make_table.py) come back in Unicode as they were written;
# validate points at the command; English stays English unless --all; bad input leaves no file.
set -euo pipefail
bin=$1 examples=$2 seeds=$3 outdir=$4
here=$(cd "$(dirname "$0")" && pwd)
work="$outdir/bijoy"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
doc() { python3 "$here/bijoy_document.py" "$@"; }

# A document wholly in Bijoy (the letter has no follows="…" to find).
doc make "$examples/letter-training-nominations.xml" bijoy.xml want.json
if "$bin" validate bijoy.xml 2> found.txt; then echo "validate passed Bijoy text"; exit 1; fi
grep -q 'looks like Bijoy (SutonnyMJ) text.*potro convert --from bijoy' found.txt
"$bin" convert --from bijoy --all bijoy.xml -o unicode.xml 2> said.txt
grep -q 'elements converted from Bijoy into unicode.xml' said.txt
doc check unicode.xml want.json
"$bin" validate unicode.xml
"$bin" render unicode.xml -o pdf -q
pdftotext pdf/unicode.pdf - | tr -s ' \n' ' ' > text.txt
python3 - "$examples/letter-training-nominations.xml" text.txt <<'PY'
import re, sys, xml.etree.ElementTree as ET
subject = ET.parse(sys.argv[1]).getroot().find(".//subject").text.strip()
text = open(sys.argv[2], encoding="utf-8").read()
assert " ".join(subject.split()) in text, subject
PY

# Without --all, only what looks like Bijoy: a short text is left, and said so.
"$bin" convert --from bijoy bijoy.xml -o detected.xml 2> said.txt
grep -q 'keeps its Latin text' said.txt
grep -q 'if the whole document was typed in Bijoy, convert it with --all' said.txt
# English beside Bijoy stays English; element names, attributes and dates stay as typed.
cat > mixed.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<p lang="en">mfvi Kvh©weeiYx Ges wm×všÍmg~n<b>Rbve</b><date>2025-01-01</date><note>Annual Performance Agreement</note><email>dc@natore.gov.bd</email></p>
XML
"$bin" convert --from bijoy mixed.xml > mixed.out 2> said.txt
grep -q '<p lang="en">সভার কার্যবিবরণী এবং সিদ্ধান্তসমূহ<b>জনাব</b><date>2025-01-01</date><note>Annual Performance Agreement</note><email>dc@natore.gov.bd</email></p>' mixed.out

# A plain text saved as ANSI (Windows-1252), as Word saves Bijoy text.
doc text "$seeds/seed000.txt" ansi.txt want.txt
"$bin" convert --from bijoy ansi.txt -o unicode.txt
cmp unicode.txt want.txt

# Bad input: one line with the position, exit 1, nothing written.
printf '<p>mfvi Kvh©weeiYx</q>\n' > broken.xml
if "$bin" convert --from bijoy broken.xml -o out.xml 2> err.txt; then exit 1; fi
grep -qE '^broken.xml:1:[0-9]+: error: the file is not well-formed XML' err.txt
[ ! -e out.xml ] && [ -z "$(ls -A | grep -E '^\.?out\.xml' || true)" ]
if "$bin" convert --from bijoy missing.xml -o out.xml 2> err.txt; then exit 1; fi
[ "$(wc -l < err.txt)" = 1 ] && [ ! -e out.xml ]
if "$bin" convert --from unicode ansi.txt 2> err.txt; then exit 1; fi
grep -q -- '--from takes bijoy' err.txt
echo "ok: Bijoy document and text converted back, English kept, bad input refused"
