#!/usr/bin/env bash
# Readers that ignore ActualText: MuPDF must return >= 95% of seed 001's words intact and in
# order, pdf.js >= 85%.
set -euo pipefail
bin=$1 input=$2 outdir=$3 tools=$4
mkdir -p "$outdir"
pdf="$outdir/readers.pdf"
"$bin" typeset "$input" -o "$pdf"
python3 "$tools/textcheck.py" intact "$input" "$pdf" mutool 95
if [ ! -d "$tools/node_modules/pdfjs-dist" ]; then
  (cd "$tools" && npm install --no-audit --no-fund --silent)
fi
python3 "$tools/textcheck.py" intact "$input" "$pdf" pdfjs 85
