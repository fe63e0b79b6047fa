#!/usr/bin/env bash
# An example as DOCX: the package unzips cleanly, every part is well-formed, the same input
# gives the same bytes, LibreOffice converts it to PDF and text, the text comes back in reading
# order, LibreOffice's page count is ours, and python-docx finds tables and styles.
set -euo pipefail
bin=$1 input=$2 outdir=$3 tools=$4
name=$(basename "$input" .xml)
out="$outdir/docx/$name"
rm -rf "$out" && mkdir -p "$out/parts" "$out/lo"
"$bin" render "$input" -o "$out"
cp "$out/$name.docx" "$out/again.docx.bak"
"$bin" render --docx "$input" -o "$out"
cmp "$out/$name.docx" "$out/again.docx.bak" && echo "deterministic"
unzip -tq "$out/$name.docx"
(cd "$out/parts" && unzip -q "../$name.docx")
find "$out/parts" \( -name '*.xml' -o -name '*.rels' \) -print0 | xargs -0 xmllint --noout
echo "every part well-formed"
profile="file://$out/lo-profile"
soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out/lo" "$out/$name.docx" > /dev/null 2>&1
soffice -env:UserInstallation="$profile" --headless --convert-to txt:Text --outdir "$out/lo" "$out/$name.docx" > /dev/null 2>&1
[ -s "$out/lo/$name.pdf" ] && [ -s "$out/lo/$name.txt" ] || { echo "LibreOffice did not convert"; exit 1; }
python3 "$tools/roundtrip.py" "$input" "$out/lo/$name.txt"
ours=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')
theirs=$(pdfinfo "$out/lo/$name.pdf" | awk '/^Pages:/ {print $2}')
echo "pages: potro $ours, LibreOffice $theirs"
# Every example lays out in LibreOffice 7.4 on as many pages as potro's PDF.
[ "$theirs" -eq "$ours" ] || { echo "LibreOffice makes $theirs pages of the DOCX, potro $ours"; exit 1; }
# python3-docx is a Debian package: use the Debian interpreter, whatever python3 is first on PATH.
/usr/bin/python3 "$tools/docx_check.py" "$input" "$out/$name.docx"
