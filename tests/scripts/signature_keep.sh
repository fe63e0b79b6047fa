#!/usr/bin/env bash
# A signature block that moves to the next page takes two lines of the text before it along,
# even when they are two one-line paragraphs: with the body grown one short paragraph at a
# time so that the signature meets the page foot at every height in turn, the page holding
# the signature always holds at least two body lines above it.
set -euo pipefail
bin=$1 out=$2/signature-keep
rm -rf "$out"; mkdir -p "$out"
fail=0 moved=0
for n in $(seq 12 30); do
  body=""
  for i in $(seq "$n"); do body+="<p>সিদ্ধান্ত $i: শাখার নথি ই-নথিতে নিতে হবে।</p>"; done
  cat > "$out/s$n.xml" <<XML
<minutes>
  <subject>ই-নথি বাস্তবায়ন কমিটির সভার কার্যবিবরণী</subject>
  <meeting><chair><name>সভাপতি জনাব</name></chair><date>2025-06-12</date></meeting>
  <body>$body</body>
  <signature><name>মোঃ আবু নাছের ভূঁঞা</name><designation>জেলা প্রশাসক</designation></signature>
</minutes>
XML
  "$bin" render --dump-layout "$out/s$n.xml" > "$out/s$n.layout"
  read -r page lines < <(python3 - "$out/s$n.layout" <<'PY'
import re, sys
pages = re.split(r"^page \d+ .*$", open(sys.argv[1], encoding="utf-8").read(), flags=re.M)[1:]
i = next(k for k, p in enumerate(pages) if "মোঃ আবু নাছের ভূঁঞা" in p)
print(i + 1, len(re.findall(r'"সিদ্ধান্ত [0-9০-৯]+:', pages[i])))
PY
)
  [ "$page" -gt 1 ] && moved=$((moved + 1))
  if [ "$page" -gt 1 ] && [ "$lines" -lt 2 ]; then
    echo "FAIL: $n paragraphs: the signature on page $page has $lines body lines above it"; fail=1
  fi
done
[ "$moved" -gt 0 ] || { echo "FAIL: the signature never reached page 2"; fail=1; }
[ $fail = 0 ] && echo "the signature carries two lines in every layout ($moved on page 2)"
exit $fail
