#!/usr/bin/env bash
# An example minutes file: it validates, renders to a PDF qpdf accepts with every font
# embedded, and pdftotext returns every paragraph, cell and recipient in reading order.
set -euo pipefail
bin=$1 input=$2 outdir=$3 tools=$4
mkdir -p "$outdir/examples"
"$bin" validate "$input"
"$bin" render "$input" -o "$outdir/examples"
pdf="$outdir/examples/$(basename "$input" .xml).pdf"
qpdf --check "$pdf" > /dev/null
if pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes" || $(NF-2) != "yes") bad=1 } END { exit !bad }'; then
  echo "a font is not embedded with ToUnicode"; exit 1
fi
python3 "$tools/roundtrip.py" "$input" "$pdf"
