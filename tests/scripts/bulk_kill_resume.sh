#!/usr/bin/env bash
# A bulk run killed with SIGKILL midway leaves only complete files under output names; run
# again, it finishes, and the result equals an uninterrupted run byte for byte.
set -euo pipefail
bin=$1 examples=$2 outdir=$3 tools=$4
work="$outdir/bulk-kill"
rm -rf "$work" && mkdir -p "$work"
python3 "$tools/make_year.py" "$examples" "$work/in" 150
"$bin" bulk "$work/in" -o "$work/whole" -j 2 --quiet

killed=0
for attempt in 1 2 3 4 5; do
  rm -rf "$work/cut"
  "$bin" bulk "$work/in" -o "$work/cut" -j 2 --quiet &
  pid=$!
  # Kill it once some documents are done but not all.
  for _ in $(seq 1 400); do
    n=$( (find "$work/cut/.potro/stamps" -name '*.stamp' 2>/dev/null || true) | wc -l)
    [ "$n" -ge 20 ] && break
    sleep 0.01
  done
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  n=$( (find "$work/cut/.potro/stamps" -name '*.stamp' 2>/dev/null || true) | wc -l)
  if [ "$n" -gt 0 ] && [ "$n" -lt 150 ]; then killed=1; break; fi
done
[ $killed = 1 ] || { echo "could not kill the run midway"; exit 1; }
echo "killed after $n of 150 documents"

# Every file under an output's name is complete.
bad=0
for f in "$work"/cut/*.pdf; do qpdf --check "$f" > /dev/null 2>&1 || { echo "broken: $f"; bad=1; }; done
for f in "$work"/cut/*.docx; do unzip -tq "$f" > /dev/null 2>&1 || { echo "broken: $f"; bad=1; }; done
if find "$work/cut" -maxdepth 1 -name '*tmp*' | grep -q .; then echo "a temporary file among the outputs"; bad=1; fi
[ $bad = 0 ]
echo "after the kill: $(ls "$work"/cut/*.pdf 2>/dev/null | wc -l) PDFs, all complete"

"$bin" bulk "$work/in" -o "$work/cut" -j 2 --quiet --json > "$work/resume.json"
python3 - "$work" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/resume.json"))
assert d["failed"] == 0 and d["up_to_date"] > 0 and d["rendered"] > 0, d
print(f"resumed: {d['up_to_date']} up to date, {d['rendered']} rendered")
PY
diff <(cd "$work/whole" && find . -path ./.potro -prune -o -type f -print | sort) \
     <(cd "$work/cut" && find . -path ./.potro -prune -o -type f -print | sort)
(cd "$work/whole" && find . -path ./.potro -prune -o -type f -print | sort | while read -r f; do
   cmp -s "$f" "$work/cut/$f" || { echo "differs: $f"; exit 1; }
 done)
echo "the resumed run equals the uninterrupted one: $(ls "$work"/whole | wc -l) files"
