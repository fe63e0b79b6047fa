#!/usr/bin/env bash
# potro lint: each slip in tests/fixtures/lint-slips.xml found at its line, nothing said about
# what is meant (স্ব স্ব, APA 2025), the same findings in validate, and --fix removing only the
# invisible character.
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
[ "$(wc -l < found.txt)" = 5 ] || { echo "expected exactly 5 findings"; exit 1; }
! grep -q 'স্ব স্ব\|APA' found.txt
"$bin" validate slips.xml 2> validated.txt
diff found.txt validated.txt
"$bin" lint --fix slips.xml | grep -q 'slips.xml: 1 invisible character removed'
"$bin" lint slips.xml 2> again.txt
[ "$(wc -l < again.txt)" = 4 ] && ! grep -q U+200B again.txt
[ "$(wc -c < "$fixture")" = $(( $(wc -c < slips.xml) + 3 )) ]
# The examples, written with care, have nothing to lint.
for x in "$examples"/*.xml; do
  "$bin" lint "$x" 2> ex.txt
  [ ! -s ex.txt ] || { echo "$x:"; cat ex.txt; exit 1; }
done
echo "ok: five slips found, none in the examples, --fix certain only"
