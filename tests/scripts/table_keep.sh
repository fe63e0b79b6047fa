#!/usr/bin/env bash
# A short table is never split and its heading row never left alone: with the body grown
# paragraph by paragraph so that a five-row table meets the page foot at every height in turn,
# the heading row and all five rows always share one page. A table taller than the template's
# keep-whole fraction (a third of a page) still splits, its heading repeated.
set -euo pipefail
bin=$1 out=$2/table-keep
rm -rf "$out"; mkdir -p "$out"
para='<p>জেলা প্রশাসকের কার্যালয়ের সকল শাখায় ই-নথি ব্যবস্থার ব্যবহার বৃদ্ধির লক্ষ্যে সভায় বিস্তারিত আলোচনা হয় এবং প্রতিটি শাখার অগ্রগতি পর্যালোচনা করা হয়।</p>'
row() { echo "<row><cell>$1</cell><cell>শাখার নথি ই-নথিতে স্থানান্তর সম্পন্ন করতে হবে।</cell><cell>শাখা প্রধান</cell></row>"; }
doc() {  # $1 paragraphs, $2 rows
  local body="" rows=""
  for _ in $(seq "$1"); do body+="$para"; done
  for i in $(seq "$2"); do rows+=$(row "r$i"); done
  cat <<XML
<minutes>
  <subject>ই-নথি বাস্তবায়ন কমিটির সভার কার্যবিবরণী</subject>
  <meeting><chair><name>মোঃ আবু নাছের ভূঁঞা</name></chair><date>2025-06-12</date></meeting>
  <body>$body
    <table widths="1 6 3"><head><cell>ক্রমিক</cell><cell>সিদ্ধান্ত</cell><cell>বাস্তবায়নকারী</cell></head>$rows</table>
  </body>
  <signature><name>মোঃ আবু নাছের ভূঁঞা</name></signature>
</minutes>
XML
}
page_of() { awk -v t="$2" '/^page /{p=$2} index($0, "\"" t "\""){print p; exit}' "$1"; }
fail=0 moved=0
for n in $(seq 6 14); do
  doc "$n" 5 > "$out/t$n.xml"
  "$bin" render --dump-layout "$out/t$n.xml" > "$out/t$n.layout"
  head=$(page_of "$out/t$n.layout" ক্রমিক)
  for r in r1 r5; do
    p=$(page_of "$out/t$n.layout" $r)
    [ "$p" = "$head" ] || { echo "FAIL: $n paragraphs: heading on page $head, row $r on page $p"; fail=1; }
  done
  [ "$head" = 2 ] && moved=$((moved + 1))
done
[ "$moved" -gt 0 ] || { echo "FAIL: the table never reached the page foot"; fail=1; }
# A long table (40 rows) splits, with its heading on every page it spans.
doc 8 40 > "$out/long.xml"
"$bin" render --dump-layout "$out/long.xml" > "$out/long.layout"
python3 - "$out/long.layout" <<'PY' || fail=1
import re, sys
pages = re.split(r"^page \d+ .*$", open(sys.argv[1], encoding="utf-8").read(), flags=re.M)[1:]
with_rows = [i for i, p in enumerate(pages) if re.search(r'"r\d+"', p)]
ok = len(with_rows) >= 2 and all('"ক্রমিক"' in pages[i] for i in with_rows)
print("long table over pages", [i + 1 for i in with_rows], "heading on each" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
[ $fail = 0 ] && echo "a five-row table kept whole with its heading in all layouts ($moved moved to page 2)"
exit $fail
