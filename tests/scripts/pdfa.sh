#!/usr/bin/env bash
# Archival PDFs: every example as PDF/A-2u and PDF/A-3u passes the structural checks, qpdf and
# pdfinfo; a PDF/A-3u gives back its sources, from which the same PDF and DOCX are made again;
# a template can make archival PDFs the default; bulk's register follows.
set -euo pipefail
bin=$1 examples=$2 outdir=$3 tools=$4 templates=$5
work="$outdir/pdfa"
rm -rf "$work" && mkdir -p "$work"
for x in "$examples"/*.xml; do
  name=$(basename "$x" .xml)
  "$bin" render "$x" -o "$work/a2" --pdfa --pdf
  python3 "$tools/pdfa_check.py" "$work/a2/$name.pdf" 2
  qpdf --check "$work/a2/$name.pdf" > /dev/null
  pdfinfo -meta "$work/a2/$name.pdf" | grep -q '<pdfaid:part>2</pdfaid:part>'

  "$bin" render "$x" -o "$work/a3" --pdfa=3
  # The minutes and the files it names; making them again from those alone proves they suffice.
  python3 "$tools/pdfa_check.py" "$work/a3/$name.pdf" 3
  qpdf --check "$work/a3/$name.pdf" > /dev/null
  "$bin" extract "$work/a3/$name.pdf" -o "$work/src-$name" > /dev/null
  cmp "$work/src-$name/$name.xml" "$x"
  "$bin" render "$work/src-$name/$name.xml" -o "$work/again" --pdfa=3
  cmp "$work/a3/$name.docx" "$work/again/$name.docx"
  cmp "$work/a3/$name.pdf" "$work/again/$name.pdf"
  echo "ok $name: PDF/A-2u and PDF/A-3u; the sources come back out and make the same files"
done

# A plain PDF fails the same checks (so they can fail).
"$bin" render "$examples/rangpur-good-governance.xml" -o "$work/plain" --pdf
! python3 "$tools/pdfa_check.py" "$work/plain/rangpur-good-governance.pdf" 2 > /dev/null

# extract: a PDF without sources, and a file that is not a PDF.
"$bin" extract "$work/plain/rangpur-good-governance.pdf" 2> "$work/err.txt" && exit 1
grep -q 'carries no source files' "$work/err.txt"
echo "not a pdf" > "$work/x.pdf"
"$bin" extract "$work/x.pdf" 2> "$work/err.txt" && exit 1
grep -q 'x.pdf: error: cannot read this PDF' "$work/err.txt"

# A template that makes PDF/A-2u the default; --no-pdfa still gives a plain PDF.
cp -r "$templates" "$work/tpl"
sed -i 's|<page size="A4"|<archive pdfa="2"/>\n  <page size="A4"|' "$work/tpl/minutes/standard.xml"
"$bin" render "$examples/ssd-citizen-charter.xml" -o "$work/tdef" --pdf --templates "$work/tpl"
python3 "$tools/pdfa_check.py" "$work/tdef/ssd-citizen-charter.pdf" 2
"$bin" render "$examples/ssd-citizen-charter.xml" -o "$work/tno" --pdf --no-pdfa --templates "$work/tpl"
! pdfinfo -meta "$work/tno/ssd-citizen-charter.pdf" | grep -q pdfaid

# bulk --pdfa=3: the meetings carry their sources, the register is PDF/A-2u.
"$bin" bulk "$examples" -o "$work/bulk" --pdfa=3 --pdf --quiet
python3 "$tools/pdfa_check.py" "$work/bulk/2023-09-25_05.47.0000.005.06.006.22.401.pdf" 3 3
python3 "$tools/pdfa_check.py" "$work/bulk/index.pdf" 2
echo "ok: template default, --no-pdfa, extract errors, bulk"
