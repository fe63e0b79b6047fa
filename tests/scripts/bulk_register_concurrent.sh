#!/usr/bin/env bash
# Two bulk runs at once, both taking serials from one memo register for the same file codes:
# no number is handed out twice, every document gets one, and a document exported again keeps
# its number.
set -euo pipefail
bin=$1 examples=$2 outdir=$3 tools=$4
work="$outdir/bulk-register"
rm -rf "$work" && mkdir -p "$work"
python3 "$tools/make_year.py" "$examples" "$work/a" 40 --auto --prefix a
python3 "$tools/make_year.py" "$examples" "$work/b" 40 --auto --prefix b
reg="$work/register.sqlite"
"$bin" bulk "$work/a" -o "$work/out-a" -j 2 --register "$reg" --quiet --json > "$work/a.json" &
pa=$!
"$bin" bulk "$work/b" -o "$work/out-b" -j 2 --register "$reg" --quiet --json > "$work/b.json" &
pb=$!
wait $pa
wait $pb
python3 - "$work" <<'PY'
import json, sqlite3, sys, collections
work = sys.argv[1]
memos = []
for run in "ab":
    d = json.load(open(f"{work}/{run}.json"))
    assert d["failed"] == 0 and d["rendered"] == 40, d
    memos += [r["memo"] for r in d["results"]]
dup = [m for m, c in collections.Counter(memos).items() if c > 1]
assert not dup, f"memo numbers handed out twice: {dup}"
assert len(memos) == 80
rows = sqlite3.connect(f"{work}/register.sqlite").execute(
    "SELECT file_code, year, serial, document FROM memo_serial").fetchall()
assert len(rows) == 80, len(rows)
by = collections.defaultdict(list)
for code, year, serial, _ in rows:
    by[(code, year)].append(serial)
for key, serials in by.items():
    # The register hands out 1, 2, 3 ... with no gap and no repeat.
    assert sorted(serials) == list(range(1, len(serials) + 1)), (key, sorted(serials))
print(f"80 documents, 80 distinct memo numbers over {len(by)} file codes and years")
PY
# Exported again (forced), each document keeps the number it was given.
"$bin" bulk "$work/a" -o "$work/out-a2" --register "$reg" --quiet --json --force > "$work/a2.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
first = {r["input"]: r["memo"] for r in json.load(open(f"{work}/a.json"))["results"]}
again = {r["input"]: r["memo"] for r in json.load(open(f"{work}/a2.json"))["results"]}
assert first == again, "a document got a new number when exported again"
print("exported again: every document kept its number")
PY
