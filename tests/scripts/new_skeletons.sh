#!/usr/bin/env bash
# `potro new`: a skeleton for every kind potro renders, each valid without a warning, rendering
# as it is, and showing every element the kind's schema has (as an element or, for the
# alternatives, in a comment); an existing file is not overwritten.
set -euo pipefail
bin=$1 root=$2 outdir=$3
work="$outdir/new-skeletons"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
kinds=$("$bin" new --list | awk '{print $1}')
for kind in minutes letter office-order notification meeting-notice circular; do
  grep -qx "$kind" <<<"$kinds" || { echo "no skeleton listed for $kind"; exit 1; }
done
for kind in $kinds; do
  # From another folder, under a Bangla name with a space: the letterhead still resolves.
  mkdir -p "$kind"
  "$bin" new "$kind" -o "$kind/নতুন $kind.xml" > /dev/null
  "$bin" validate "$kind/নতুন $kind.xml" 2> err.txt || { cat err.txt; exit 1; }
  if [ -s err.txt ]; then echo "$kind: the skeleton has warnings:"; cat err.txt; exit 1; fi
  "$bin" render "$kind/নতুন $kind.xml" -o "$kind" -q
  pdftotext "$kind/নতুন $kind.pdf" - | grep -q '\[' || { echo "$kind: no placeholder printed"; exit 1; }
  python3 - "$root/templates/json/$kind.schema.json" "$kind/নতুন $kind.xml" <<'PY'
import json, re, sys
schema, text = json.load(open(sys.argv[1])), open(sys.argv[2], encoding="utf-8").read()
names = set()
def walk(o):
    if isinstance(o, dict):
        names.update(k for k in o.get("properties", {}) if k[0] not in "@#")
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(schema)
missing = sorted(n for n in names if not re.search("<" + re.escape(n) + r"[\s>/]", text))
if missing: sys.exit(f"{sys.argv[2]}: elements of the schema not shown: {missing}")
PY
  echo "ok $kind: valid, no warning, rendered, every element shown"
done
# The skeleton on standard output is the same text.
"$bin" new letter | cmp - "letter/নতুন letter.xml"
# An existing file is kept; --force replaces it.
echo keep > mine.xml
"$bin" new minutes -o mine.xml 2> err.txt && exit 1
grep -q 'mine.xml: error: the file exists; potro new does not overwrite it' err.txt
[ "$(cat mine.xml)" = keep ]
"$bin" new minutes -o mine.xml --force > /dev/null
grep -q '<minutes' mine.xml
# An unknown kind names the kinds there are.
"$bin" new memo 2> err.txt && exit 1
grep -q 'there is no skeleton for "memo"; the kinds are .*letter' err.txt
echo "ok: standard output, no overwrite, --force, unknown kind"
