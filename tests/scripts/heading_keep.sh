#!/usr/bin/env bash
# A <heading> is never the last thing on a page: with the body grown paragraph by paragraph so
# that the heading falls at every height of page 1 in turn, the heading and the first item of
# the list under it always share a page. The DOCX gives the heading Word's own heading style
# (heading 2), keepNext, with its outline level (Word's navigation pane lists it).
set -euo pipefail
bin=$1 out=$2/heading-keep
rm -rf "$out"; mkdir -p "$out"
para='<p>জেলা প্রশাসকের কার্যালয়ের সকল শাখায় ই-নথি ব্যবস্থার ব্যবহার বৃদ্ধির লক্ষ্যে সভায় বিস্তারিত আলোচনা হয় এবং প্রতিটি শাখার অগ্রগতি পর্যালোচনা করা হয়।</p>'
fail=0 checked=0 crossed=0
for n in $(seq 4 14); do
  body=""
  for _ in $(seq "$n"); do body+="$para"; done
  cat > "$out/h$n.xml" <<XML
<minutes>
  <subject>ই-নথি বাস্তবায়ন কমিটির সভার কার্যবিবরণী</subject>
  <meeting><chair><name>মোঃ আবু নাছের ভূঁঞা</name></chair><date>2025-06-12</date></meeting>
  <body>$body
    <heading level="2" label="১.২">সিদ্ধান্ত:</heading>
    <list numbering="(ক)"><item>সকল শাখায় ই-নথি চালু করতে হবে।</item><item>প্রতি মাসে প্রতিবেদন দিতে হবে।</item></list>
  </body>
  <signature><name>মোঃ আবু নাছের ভূঁঞা</name></signature>
</minutes>
XML
  "$bin" render --dump-layout "$out/h$n.xml" > "$out/h$n.layout"
  hp=$(awk '/^page /{p=$2} /"সিদ্ধান্ত:"/{print p; exit}' "$out/h$n.layout")
  ip=$(awk '/^page /{p=$2} /"\(ক\)"/{print p; exit}' "$out/h$n.layout")
  checked=$((checked + 1))
  [ "$hp" = 2 ] && crossed=$((crossed + 1))
  if [ "$hp" != "$ip" ]; then
    echo "FAIL: with $n paragraphs the heading is on page $hp and its list on page $ip"; fail=1
  fi
done
# The heading must have reached page 2 for some n: the test covered the page foot.
[ "$crossed" -gt 0 ] || { echo "FAIL: the heading never reached the page foot"; fail=1; }
"$bin" render "$out/h12.xml" -o "$out" --docx -q
unzip -p "$out/h12.docx" word/document.xml > "$out/document.xml"
python3 - "$out/document.xml" <<'PY' || fail=1
import re, sys
xml = open(sys.argv[1], encoding="utf-8").read()
heads = [p for p in re.findall(r"<w:p>.*?</w:p>", xml) if "সিদ্ধান্ত:" in p]
ok = heads and "<w:keepNext/>" in heads[0] and '<w:outlineLvl w:val="1"/>' in heads[0]
ok = ok and '<w:pStyle w:val="Heading2"/>' in heads[0]
if not ok:
    print("FAIL: the DOCX heading is not a keepNext Heading2 with outline level 2")
sys.exit(0 if ok else 1)
PY
# python-docx (as another program reads the file) finds it as Word's "Heading 2".
/usr/bin/python3 "$(dirname "$0")/../tools/docx_check.py" "$out/h12.xml" "$out/h12.docx" || fail=1
[ $fail = 0 ] && echo "heading kept with its list in all $checked layouts ($crossed moved to page 2)"
exit $fail
