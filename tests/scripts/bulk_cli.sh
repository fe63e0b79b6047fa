#!/usr/bin/env bash
# What a script calling potro relies on: exit codes, file:line:col diagnostics, the JSON
# summary, a bad document skipped while the others complete, names from date and memo
# number, up-to-date skipping that notices a changed letterhead, a progress bar only on a
# terminal; and the date, fonts and render --register commands.
set -uo pipefail
bin=$1 examples=$2 outdir=$3 tools=$4
work="$outdir/bulk-cli"
rm -rf "$work" && mkdir -p "$work/in/sub"
fail=0
check() {  # check DESCRIPTION CONDITION...
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; fail=1; fi
}

cp "$examples"/rangpur-good-governance.xml "$examples"/ssd-citizen-charter.xml "$work/in/"
cp "$examples"/natore-citizen-charter.xml "$work/in/sub/"
cp "$examples/../templates/offices/natore-dc.xml" "$work/in/sub/natore-dc.xml"  # not minutes
sed -i 's|<letterhead ref="offices/natore-dc.xml"|<letterhead ref="natore-dc.xml"|' \
  "$work/in/sub/natore-citizen-charter.xml"
sed 's|<date>2024-03-03</date>|<date>2024-02-30</date>|' "$examples/ssd-citizen-charter.xml" \
  > "$work/in/broken.xml"

out=$("$bin" bulk "$work/in" -o "$work/out" -j 2 --json 2>"$work/err.txt"); code=$?
check "a bad document makes the exit status 1" [ $code = 1 ]
check "its error names file:line:col" grep -qE 'broken.xml:[0-9]+:[0-9]+: error: .*2024-02-30' "$work/err.txt"
python3 - "$out" <<'PY' || fail=1
import json, sys
d = json.loads(sys.argv[1])
assert d["documents"] == 4 and d["rendered"] == 3 and d["failed"] == 1, d
bad = [r for r in d["results"] if r["state"] == "failed"][0]
assert bad["diagnostics"][0]["line"] > 0 and bad["diagnostics"][0]["column"] > 0, bad
print("ok: JSON summary: 4 documents, 3 rendered, 1 failed with its position")
PY
check "the letterhead file beside the minutes is not taken for minutes" \
  [ "$(ls "$work"/out/*.pdf | wc -l)" = 4 ]  # three meetings and index.pdf
check "names from date and memo number" \
  [ -s "$work/out/2023-09-25_05.47.0000.005.06.006.22.401.pdf" ] && \
  [ -s "$work/out/2023-09-25_05.47.0000.005.06.006.22.401.docx" ]
check "the index lists the three meetings" [ "$(wc -l < "$work/out/index.csv")" = 4 ]
check "index.pdf is a valid PDF" qpdf --check "$work/out/index.pdf" > /dev/null
check "index.pdf lists a memo number" \
  grep -q '০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২' <(pdftotext -raw "$work/out/index.pdf" -)

rm "$work/in/broken.xml"
"$bin" bulk "$work/in" -o "$work/out" --json --quiet > "$work/again.json"; code=$?
check "a rerun exits 0" [ $code = 0 ]
check "a rerun renders nothing" grep -q '"rendered":0,"up_to_date":3' "$work/again.json"
sed -i 's|(সাধারণ শাখা)|(সাধারণ শাখা-২)|' "$work/in/sub/natore-dc.xml"
"$bin" bulk "$work/in" -o "$work/out" --json --quiet > "$work/again.json"
check "a changed letterhead renders its document again" \
  grep -q '"rendered":1,"up_to_date":2' "$work/again.json"

# A manifest: paths relative to it; a missing one is reported with the manifest's line.
printf '# the year\nin/rangpur-good-governance.xml\n\n  in/missing.xml\n' > "$work/list.txt"
"$bin" bulk "$work/list.txt" -o "$work/out-m" --quiet 2>"$work/err.txt"; code=$?
check "manifest: a missing entry fails the run" [ $code = 1 ]
check "manifest: its line and column" grep -q 'list.txt:4:3: error: cannot find "in/missing.xml"' "$work/err.txt"
check "manifest: the others are written" [ -s "$work/out-m/2023-09-25_05.47.0000.005.06.006.22.401.pdf" ]

# Two documents with one date and memo number would overwrite each other.
mkdir -p "$work/dup"
cp "$examples/rangpur-good-governance.xml" "$work/dup/a.xml"
cp "$examples/rangpur-good-governance.xml" "$work/dup/b.xml"
"$bin" bulk "$work/dup" -o "$work/out-d" --quiet 2>"$work/err.txt"; code=$?
check "duplicate memo number: exit 1" [ $code = 1 ]
check "duplicate memo number: the later one is named" grep -q 'b.xml: error: has the same date and memo number as .*a.xml' "$work/err.txt"

"$bin" bulk "$work/in" -o "$work/out-p" --pdf --no-index --quiet
check "--pdf writes only PDFs, --no-index no index" \
  [ "$(ls "$work/out-p" | grep -c pdf)" = 3 ] && [ "$(ls "$work/out-p" | grep -c -v pdf)" = 0 ]

"$bin" bulk "$work/in" 2>/dev/null; check "no -o: usage, exit 2" [ $? = 2 ]
"$bin" bulk "$work/in" -o "$work/x" -j 0 2>/dev/null; check "-j 0: usage, exit 2" [ $? = 2 ]
"$bin" bulk "$work/nowhere" -o "$work/x" 2>/dev/null; check "missing input: exit 2" [ $? = 2 ]
"$bin" bulk --help | grep -q 'Exit status'; check "bulk --help" [ $? = 0 ]

# The progress bar shows on a terminal and not in a pipe.
script -qec "$bin bulk $work/in -o $work/out-t --force" /dev/null > "$work/tty.txt" 2>&1
check "progress bar on a terminal" grep -q 'documents/s  ETA' "$work/tty.txt"
"$bin" bulk "$work/in" -o "$work/out-t" --force 2> "$work/pipe.txt"
check "no progress bar in a pipe" bash -c "! grep -q 'ETA' '$work/pipe.txt'"

# A bound volume: every meeting, a bookmark at each one's first page.
"$bin" bulk "$work/in" -o "$work/out" --volume --quiet
check "volume.pdf is a valid PDF" qpdf --check "$work/out/volume.pdf" > /dev/null
python3 - "$work/out/volume.pdf" <<'PY' || fail=1
import json, subprocess, sys
j = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", sys.argv[1]],
                              capture_output=True, text=True, check=True).stdout)
marks = [(o["title"], o["destpageposfrom1"]) for o in j["outlines"]]
assert len(marks) == 3, marks
assert marks[0][1] == 1 and marks[0][1] < marks[1][1] < marks[2][1], marks
assert marks[1][0].startswith("২৫ সেপ্টেম্বর ২০২৩ — সুশাসন"), marks[1][0]
print("ok: volume.pdf: 3 bookmarks in date order, each at its meeting's first page")
PY

# potro date
check "date: the dual date" [ "$("$bin" date 2025-05-06)" = $'২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ\n০৬ মে ২০২৫ খ্রিস্টাব্দ' ]
check "date: one line" [ "$("$bin" date 2024-03-03 --one-line)" = '১৯ ফাল্গুন ১৪৩০ বঙ্গাব্দ/০৩ মার্চ ২০২৪ খ্রিস্টাব্দ' ]
check "date: e-Nothi numeric" [ "$("$bin" date 2025-05-06 --numeric)" = '০৬-০৫-২০২৫' ]
"$bin" date 2025-02-30 2>/dev/null; check "date: an impossible date is a usage error" [ $? = 2 ]

# potro fonts
"$bin" fonts > "$work/fonts.txt"; code=$?
check "fonts: the bundled chain" [ $code = 0 ] && grep -q 'NotoSerifBengali-Regular.ttf  \[Noto Serif Bengali\]' "$work/fonts.txt"
sed 's|<place>|<place>中 |' "$examples/rangpur-good-governance.xml" > "$work/cjk.xml"
"$bin" fonts "$work/cjk.xml" > "$work/fonts.txt" 2> "$work/fonts-err.txt"; code=$?
check "fonts: a character no font covers, exit 1" [ $code = 1 ] && grep -q 'U+4E2D' "$work/fonts-err.txt"

# render with a register: serial="auto" needs one, and keeps its number.
sed 's|<memo>০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২.৪০১</memo>|<memo serial="auto">০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২</memo>|' \
  "$examples/rangpur-good-governance.xml" > "$work/auto.xml"
"$bin" render "$work/auto.xml" -o "$work" 2> "$work/err.txt"; code=$?
check "render: serial=auto without a register fails with a position" \
  [ $code = 1 ] && grep -qE 'auto.xml:[0-9]+:[0-9]+: error: .*register' "$work/err.txt"
for k in 1 2; do "$bin" render "$work/auto.xml" -o "$work" --register "$work/reg.sqlite" --pdf; done
check "render --register: the serial is printed, the same both times" \
  grep -q '০৫.৪৭.০০০০.০০৫.০৬.০০৬.২২.১' <(pdftotext -raw "$work/auto.pdf" -)
check "render --register: one number handed out" \
  [ "$(sqlite3 "$work/reg.sqlite" 'select count(*) from memo_serial')" = 1 ]
exit $fail
