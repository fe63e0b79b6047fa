#!/usr/bin/env bash
# One seed through `potro typeset`: the PDF is valid, every font embedded and subset with a
# ToUnicode map, poppler extracts the input word for word, and a second run gives the same bytes.
set -euo pipefail
bin=$1 input=$2 outdir=$3 tools=$4
mkdir -p "$outdir"
name=$(basename "$input" .txt)
pdf="$outdir/$name.pdf"
"$bin" typeset "$input" -o "$pdf"
qpdf --check "$pdf" > "$outdir/$name.qpdf" || { cat "$outdir/$name.qpdf"; exit 1; }
# pdffonts: every font row must say emb=yes sub=yes uni=yes.
fonts=$(pdffonts "$pdf" | tail -n +3)
[ -n "$fonts" ] || { echo "no fonts in $pdf"; exit 1; }
if echo "$fonts" | awk '{ if ($(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes") bad=1 } END { exit !bad }'; then
  echo "a font is not embedded+subset+ToUnicode:"; echo "$fonts"; exit 1
fi
python3 "$tools/textcheck.py" exact "$input" "$pdf"
"$bin" typeset "$input" -o "$pdf.again"
cmp "$pdf" "$pdf.again" && echo "deterministic: two runs, identical bytes"
rm -f "$pdf.again"
