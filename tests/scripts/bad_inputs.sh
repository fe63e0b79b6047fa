#!/usr/bin/env bash
# The broken-input corpus (tests/bad/): every file ends with a clear one-line message and the
# right exit status, or with a warning and complete outputs — never a crash, a hang, a partial
# file or a temporary file left behind. Also the cases made here at test time: a 50 MB
# document, a 10,000-character word, a table cell taller than a page, a truncated PNG, a PNG
# claiming 100000x100000 pixels, a symbolic link out of the folder, a font that is not a font.
set -uo pipefail
bin=$1 dir=$2 outdir=$3
work="$outdir/bad-inputs"
rm -rf "$work" && mkdir -p "$work/in" "$work/out"
cp "$dir"/* "$work/in/"
cd "$work/in"
fail=0 count=0

# A document to build the generated cases on.
base() {  # base BODY [LETTERHEAD]
  cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<minutes>
  ${2:-}
  <subject>সভা</subject>
  <meeting><chair><name>ক খ</name></chair><date>2025-02-25</date></meeting>
  <body>$1</body>
  <signature><name>ক খ</name></signature>
</minutes>
XML
}
gen() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> generated.txt; }
: > generated.txt
python3 - <<'PY'
import pathlib
para = "<p>" + "সভায় বিস্তারিত আলোচনা হয় এবং সিদ্ধান্ত গৃহীত হয়। " * 40 + "</p>\n"
body = para * (50 * 1024 * 1024 // len(para.encode()) + 1)
pathlib.Path("huge-document.xml").write_text(
    '<?xml version="1.0" encoding="UTF-8"?>\n<minutes><subject>সভা</subject><body>' + body +
    "</body></minutes>\n", encoding="utf-8")
PY
gen huge-document.xml error '^huge-document\.xml: error: the file is 5[0-9]\.[0-9] MB; potro reads XML files of at most 16 MB'
base "<p>$(printf 'ক%.0s' $(seq 1 10000))</p>" > long-word.xml
gen long-word.xml ok ''
base "<table widths=\"1 3\"><row><cell>১</cell><cell>$(printf 'এই ঘরের লেখা এক পৃষ্ঠার চেয়ে লম্বা। %.0s' $(seq 1 900))</cell></row></table>" > tall-cell.xml
gen tall-cell.xml ok ''
head -c 400 "$dir/../../templates/offices/emblem.png" > truncated.png
base "<p>লেখা</p>" '<letterhead><line>সরকার</line><emblem src="truncated.png"/></letterhead>' > truncated-png.xml
gen truncated-png.xml warning '^truncated-png\.xml:3:[0-9]+: warning: "truncated\.png" is a damaged or truncated PNG'
python3 -c "
import struct, zlib
ihdr = struct.pack('>IIBBBBB', 100000, 100000, 8, 6, 0, 0, 0)
chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d))
open('bomb.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(b'\0' * 1000)) + chunk(b'IEND', b''))"
base "<p>লেখা</p>" '<letterhead><line>সরকার</line><emblem src="bomb.png"/></letterhead>' > pixel-bomb.xml
gen pixel-bomb.xml warning '^pixel-bomb\.xml:3:[0-9]+: warning: "bomb\.png" is 100000x100000 pixels'
ln -sf /etc/passwd link.png
base "<p>লেখা</p>" '<letterhead><line>সরকার</line><emblem src="link.png"/></letterhead>' > symlink-escape.xml
gen symlink-escape.xml error '^symlink-escape\.xml:3:[0-9]+: error: "link\.png" leads outside the document.s folder'
# A template whose font file is not a font.
mkdir -p tpl/minutes fonts
cp "$dir/../../templates/minutes.rng" "$dir/../../templates/common.rng" tpl/
sed 's|regular="NotoSerifBengali-Regular.ttf"|regular="not-a-font.ttf"|' \
  "$dir/../../templates/minutes/standard.xml" > tpl/minutes/standard.xml
cp "$dir/../../fonts/"*.ttf fonts/ && echo "this is a letter, not a font" > fonts/not-a-font.ttf
base "<p>লেখা</p>" > font-not-a-font.xml
gen font-not-a-font.xml error 'not-a-font\.ttf: error: .*not a font'

run_case() {  # run_case FILE KIND REGEX [render options...]
  local f=$1 kind=$2 want=$3; shift 3
  local stem=${f%.xml} err code lines
  count=$((count + 1))
  rm -f "$work/out/$stem".*
  err=$(timeout 120 "$bin" render "$f" -o "$work/out" "$@" 2>&1 >/dev/null); code=$?
  lines=$(printf '%s\n' "$err" | grep -c .)
  if [ $code -ge 124 ]; then
    echo "FAIL $f: crashed or hung (exit $code): $err"; fail=1; return
  fi
  case $kind in
    error)
      if [ $code != 1 ] || ! head -1 <<<"$err" | grep -qE -- "$want" || [ "$lines" != 1 ]; then
        echo "FAIL $f: want exit 1 and one line /$want/, got exit $code: $err"; fail=1; return
      fi
      if ls "$work/out" | grep -q "^$stem\."; then echo "FAIL $f: wrote output"; fail=1; return; fi ;;
    warning|ok)
      if [ $code != 0 ] || { [ "$kind" = warning ] && ! head -1 <<<"$err" | grep -qE -- "$want"; }; then
        echo "FAIL $f: want exit 0 ${want:+and /$want/}, got exit $code: $err"; fail=1; return
      fi
      if [ "$kind" = ok ] && [ -n "$err" ]; then echo "FAIL $f: unexpected: $err"; fail=1; return; fi
      if ! qpdf --check "$work/out/$stem.pdf" > /dev/null 2>&1 || ! unzip -tq "$work/out/$stem.docx" > /dev/null; then
        echo "FAIL $f: the outputs are not complete"; fail=1; return
      fi ;;
  esac
  if ls -a "$work/out" "$work/in" | grep -q 'tmp-'; then echo "FAIL $f: a temporary file was left"; fail=1; return; fi
  echo "ok $f ($kind): $(head -1 <<<"$err" | cut -c1-150)"
}

# The committed corpus: old files carry <!-- expect: REGEX --> on line 2, the others are
# listed in expectations.txt.
for f in *.xml; do
  want=$(sed -n '2s/^<!-- expect: \(.*\) -->$/\1/p' "$f")
  [ -n "$want" ] && run_case "$f" error "$want"
done
while IFS=$'\t' read -r f kind want; do
  case $f in ''|'#'*) continue ;; esac
  run_case "$f" "$kind" "$want"
done < expectations.txt
while IFS=$'\t' read -r f kind want; do
  if [ "$f" = font-not-a-font.xml ]; then
    POTRO_FONT_DIR="$work/in/fonts" run_case "$f" "$kind" "$want" --templates "$work/in/tpl"
  else
    run_case "$f" "$kind" "$want"
  fi
done < generated.txt

# validate agrees with render on every committed file.
for f in *.xml; do
  kind=$(awk -F'\t' -v f="$f" '$1 == f { print $2 }' expectations.txt)
  grep -q '^<!-- expect:' "$f" && kind=error
  [ -z "$kind" ] && continue
  timeout 60 "$bin" validate "$f" > /dev/null 2>&1; code=$?
  want=0; [ "$kind" = error ] && want=1
  [ $code = $want ] || { echo "FAIL validate $f: exit $code, want $want"; fail=1; }
done
echo "$count broken inputs checked"
[ $count -ge 40 ] || { echo "FAIL: the corpus has fewer than 40 cases"; fail=1; }
exit $fail
