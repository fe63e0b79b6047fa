#!/usr/bin/env bash
# A table row split over two pages keeps at least two lines of every cell it cuts on each side
# (no single line of a cell left at a page foot or carried to the next page's top): with the
# body grown paragraph by paragraph so that a tall row meets the page foot at every height in
# turn, every cut cell of every split row has two or more lines on both pages.
set -euo pipefail
bin=$1 out=$2/row-split
rm -rf "$out"; mkdir -p "$out"
para='<p>সভায় প্রতিটি শাখার অগ্রগতি পর্যালোচনা করা হয়।</p>'
long='সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর ও সংস্থার কর্মকর্তাদের সমন্বয়ে ত্রৈমাসিক ভিত্তিতে সভা আয়োজন করতে হবে এবং সভার কার্যবিবরণী ওয়েবসাইটে প্রকাশ করতে হবে। প্রতিটি শাখা তার অগ্রগতি প্রতিবেদন প্রতি মাসের পাঁচ তারিখের মধ্যে পাঠাবে এবং সমস্যা থাকলে তা উল্লেখ করবে।'
doc() {  # $1 paragraphs
  local body=""
  for _ in $(seq "$1"); do body+="$para"; done
  cat <<XML
<minutes>
  <subject>ই-নথি বাস্তবায়ন কমিটির সভার কার্যবিবরণী</subject>
  <meeting><chair><name>মোঃ আবু নাছের ভূঁঞা</name></chair><date>2025-06-12</date></meeting>
  <body>$body
    <table widths="1 5 3"><head><cell>ক্রমিক</cell><cell>সিদ্ধান্ত</cell><cell>বাস্তবায়নকারী</cell></head>
      <row><cell>০১</cell><cell>$long $long</cell><cell>সকল শাখা প্রধান ও উপজেলা নির্বাহী অফিসার এবং সংশ্লিষ্ট সকল কর্মকর্তা</cell></row>
      <row><cell>০২</cell><cell>$long $long</cell><cell>সকল শাখা প্রধান ও উপজেলা নির্বাহী অফিসার এবং সংশ্লিষ্ট সকল কর্মকর্তা</cell></row>
      <row><cell>০৩</cell><cell>$long</cell><cell>$long</cell></row>
    </table>
  </body>
  <signature><name>মোঃ আবু নাছের ভূঁঞা</name></signature>
</minutes>
XML
}
splits=0
for n in $(seq 1 40); do
  doc "$n" > "$out/r$n.xml"
  "$bin" render --dump-layout "$out/r$n.xml" > "$out/r$n.layout"
  found=$(python3 - "$out/r$n.layout" <<'PY'
import re, sys
# Each page's cell boxes (x, y, w, h) and text lines; a line belongs to the box around it.
pages, page = [], None
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("page "):
        page = {"boxes": [], "texts": []}
        pages.append(page)
    elif line.startswith("  box "):
        x, y = map(float, line.split()[1].split(","))
        w, h = map(float, line.split()[2].split("x"))
        page["boxes"].append((x, y, w, h))
    elif line.startswith("  text "):
        x, y = map(float, line.split()[1].split(","))
        page["texts"].append((x, y, re.search(r'"(.*)"', line).group(1)))
def pieces(p):
    """Row pieces of the data rows: boxes grouped by their top, each column's line count."""
    rows = {}
    for b in p["boxes"]:
        rows.setdefault(round(b[1], 1), []).append(b)
    out = []
    for top in sorted(rows):
        cols = sorted(rows[top])
        counts = [sum(1 for t in p["texts"] if b[0] <= t[0] <= b[0] + b[2] and b[1] <= t[1] <= b[1] + b[3]) for b in cols]
        words = [t[2] for t in p["texts"] if cols[0][0] <= t[0] <= cols[-1][0] + cols[-1][2] and top <= t[1] <= top + cols[0][3]]
        out.append((counts, words))
    return [r for r in out if "ক্রমিক" not in r[1]]  # not the heading row
bad, splits = [], 0
for i in range(len(pages) - 1):
    here, there = pieces(pages[i]), pieces(pages[i + 1])
    if not here or not there:
        continue
    last, first = here[-1], there[0]
    # A continued row: its serial number (the first column) is not repeated on the next page.
    if first[0][0] != 0:
        continue
    splits += 1
    for c, (a, b) in enumerate(zip(last[0], first[0])):
        if a and b and (a < 2 or b < 2):
            bad.append("page %d column %d: %d line(s) above, %d below" % (i + 1, c + 1, a, b))
print("%d %s" % (splits, "; ".join(bad)))
PY
)
  count=${found%% *} problems=${found#* }
  splits=$((splits + count))
  if [ "$count" != 0 ] && [ -n "${problems// /}" ]; then
    echo "r$n.xml: $problems"
    exit 1
  fi
done
[ "$splits" -ge 5 ] || { echo "only $splits split rows: the sweep no longer tests splitting"; exit 1; }
echo "ok: $splits split rows, every cut cell has two lines or more on each side"
