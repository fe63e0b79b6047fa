#!/usr/bin/env bash
# The DOCX carries its fonts: each face an obfuscated part whose key, read back as the standard
# says (ISO/IEC 29500-1 §17.8.1), gives a TrueType font that shapes every Bangla word of the
# document without a missing glyph (and a word the document lacks, as a clerk would type it);
# the settings ask Word to keep them; a template with embed-fonts="no" leaves them out and one
# with bengali-font="Nikosh" names that font and embeds only the Latin face.
set -euo pipefail
bin=$1 input=$2 templates=$3 outdir=$4/docx-fonts
rm -rf "$outdir" && mkdir -p "$outdir/parts"
name=$(basename "$input" .xml)
"$bin" render --docx "$input" -o "$outdir" -q
(cd "$outdir/parts" && unzip -q "../$name.docx")
grep -q '<w:embedTrueTypeFonts/><w:saveSubsetFonts/>' "$outdir/parts/word/settings.xml"
python3 - "$outdir/parts" "$input" <<'PY'
import os, re, subprocess, sys, unicodedata
parts, source = sys.argv[1], sys.argv[2]
table = open(os.path.join(parts, "word/fontTable.xml"), encoding="utf-8").read()
rels = open(os.path.join(parts, "word/_rels/fontTable.xml.rels"), encoding="utf-8").read()
targets = dict(re.findall(r'Id="([^"]+)" Type="[^"]*/font" Target="([^"]+)"', rels))
embeds = re.findall(r'<w:font w:name="([^"]+)">(.*?)</w:font>', table)
words = set(re.findall(r"[\u0980-\u09FF\u200C\u200D]+", unicodedata.normalize("NFC", open(source, encoding="utf-8").read())))
words.add("ক্ষুদ্রঋণ")  # not in the document: a clerk may type it in Word
found = 0
for family, body in embeds:
    for kind, rid, key in re.findall(r'<w:embed(Regular|Bold) r:id="([^"]+)" w:fontKey="\{([0-9A-F-]+)\}"', body):
        data = bytearray(open(os.path.join(parts, "word", targets[rid]), "rb").read())
        k = bytes.fromhex(key.replace("-", ""))
        for i in range(32):
            data[i] ^= k[15 - (i % 16)]
        assert data[:4] == b"\x00\x01\x00\x00", f"{family} {kind}: not a TrueType font after the key"
        path = os.path.join(parts, f"{family}-{kind}.ttf".replace(" ", "_"))
        open(path, "wb").write(data)
        found += 1
        if "Bengali" not in family:
            continue
        shaped = subprocess.run(["hb-shape", "--no-positions", "--no-clusters", path, " ".join(sorted(words))],
                                check=True, capture_output=True, text=True).stdout
        assert ".notdef" not in shaped and "|0|" not in shaped and "[0|" not in shaped, f"{family} {kind}: a glyph is missing"
assert found == 4, f"{found} faces embedded, expected 4"
print(f"ok: {found} faces embedded, {len(words)} Bangla words shape without a missing glyph")
PY
# A template that leaves the fonts out, and one that names the office's own Bangla font.
cp -r "$templates" "$outdir/templates"
kind=$(python3 -c 'import sys,xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).getroot().tag.replace("_","-"))' "$input")
folder=$kind; [ -d "$outdir/templates/$folder" ] || folder=${kind}s
tpl="$outdir/templates/$folder/standard.xml"
sed -i 's|<fonts |<docx embed-fonts="no"/>\n  <fonts |' "$tpl"
"$bin" render --docx "$input" -o "$outdir/plain" -q --templates "$outdir/templates"
! unzip -l "$outdir/plain/$name.docx" | grep -q odttf
sed -i 's|<docx embed-fonts="no"/>|<docx bengali-font="Nikosh"/>|' "$tpl"
"$bin" render --docx "$input" -o "$outdir/nikosh" -q --templates "$outdir/templates"
unzip -p "$outdir/nikosh/$name.docx" word/document.xml | grep -q 'w:cs="Nikosh"'
[ "$(unzip -l "$outdir/nikosh/$name.docx" | grep -c odttf)" = 2 ]
echo "ok: embed-fonts=\"no\" embeds none; bengali-font=\"Nikosh\" names it and embeds only Latin"
