#!/usr/bin/env bash
# potro lint: each slip in tests/fixtures/lint-slips.xml found at its line (dates typed in words
# among them), nothing said about what is meant (স্ব স্ব, APA 2025), the same findings in
# validate, --fix removing only the invisible character, and a real seed's date pair that is a
# day apart.
set -euo pipefail
bin=$1 fixture=$2 examples=$3 outdir=$4
work="$outdir/lint"
rm -rf "$work" && mkdir -p "$work" && cp "$fixture" "$work/slips.xml" && cd "$work"
"$bin" lint slips.xml 2> found.txt
cat found.txt
want() { grep -qE "$1" found.txt || { echo "missing: $1"; exit 1; }; }
want '^slips.xml:7:5: warning: period="সকাল" does not fit 15:30'
want '^slips.xml:10:5: warning: "পর্যন্ত পর্যন্ত": the same word twice in a row'
want '^slips.xml:13:5: warning: \(ঘ\) follows \(খ\): a label is skipped'
want '^slips.xml:14:5: warning: "2025" is in Latin digits among Bangla words.*: ২০২৫'
want '^slips.xml:15:5: warning: the text has an invisible character \(U\+200B\)'
want '^slips.xml:16:5: warning: "২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ/০৭ মে ২০২৫ খ্রিস্টাব্দ": the two dates are not the same day; "২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ" is ০৬ মে ২০২৫ খ্রিস্টাব্দ'
want '^slips.xml:17:5: warning: "৩০ ফেব্রুয়ারি ২০২৫": the day does not exist'
want '^slips.xml:18:5: warning: "০৬ মে ২০২৫ খ্রিস্টাব্দ" falls on মঙ্গলবার, not বুধবার'
[ "$(wc -l < found.txt)" = 8 ] || { echo "expected exactly 8 findings"; exit 1; }
! grep -q 'স্ব স্ব\|APA' found.txt
"$bin" validate slips.xml 2> validated.txt
diff found.txt validated.txt
"$bin" lint --fix slips.xml | grep -q 'slips.xml: 1 invisible character removed'
"$bin" lint slips.xml 2> again.txt
[ "$(wc -l < again.txt)" = 7 ] && ! grep -q U+200B again.txt
[ "$(wc -c < "$fixture")" = $(( $(wc -c < slips.xml) + 3 )) ]
# Seed 003, a real letter, typed its Bangla date a day off its Gregorian one
# (../shared/domain.md §3.2): ০৬ অগ্রহায়ণ ১৪২৯ is 21 November 2022.
python3 - "$(dirname "$fixture")/seeds/seed003.txt" > seed003.xml <<'PY'
import html, sys
print("<minutes><body><p>%s</p></body></minutes>" % html.escape(open(sys.argv[1], encoding="utf-8").read()))
PY
"$bin" lint seed003.xml 2> seed.txt
grep -q '"০৬ অগ্রহায়ণ, ১৪২৯" is ২১ নভেম্বর ২০২২ খ্রিস্টাব্দ, and "২২ নভেম্বর, ২০২২" is ০৭ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ' seed.txt
# The examples, written with care, have nothing to lint.
for x in "$examples"/*.xml; do
  "$bin" lint "$x" 2> ex.txt
  [ ! -s ex.txt ] || { echo "$x:"; cat ex.txt; exit 1; }
done
echo "ok: eight slips and the seed's date found, none in the examples, --fix certain only"
