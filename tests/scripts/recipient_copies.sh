#!/usr/bin/env bash
# `potro render --per-recipient`: one PDF and one DOCX per entry of the lists, each naming its
# recipient in a প্রাপক line and all with the one memo number (also when a register gives it),
# the CSV that says who gets which file, and nothing written when it cannot be done.
set -euo pipefail
bin=$1 examples=$2 out=$3/recipient-copies
rm -rf "$out" && mkdir -p "$out"
fails=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi; }

doc=$examples/minutes-enothi-committee.xml
"$bin" render "$doc" --per-recipient -o "$out/copies" -q
check "12 PDFs" '[ "$(ls "$out/copies"/*.pdf | wc -l)" = 12 ]'
check "12 DOCX" '[ "$(ls "$out/copies"/*.docx | wc -l)" = 12 ]'
check "no plain copy beside them" '[ ! -e "$out/copies/minutes-enothi-committee.pdf" ]'
csv=$out/copies/minutes-enothi-committee-recipients.csv
check "the CSV lists 12 copies" '[ "$(wc -l < "$csv")" = 13 ]'
check "the CSV carries the e-mail addresses" 'grep -q "unochar@rajapur.gov.bd" "$csv"'

# The recipients in list order, as the notice (which the minutes follow) lists them.
mapfile -t recipients < <(grep -o '<to[^>]*>[^<]*</to>' "$examples/meeting-notice-enothi-committee.xml" |
                          sed 's/<[^>]*>//g')
check "the notice has 12 recipients" '[ "${#recipients[@]}" = 12 ]'
memo='স্মারক নম্বর: ০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫.২৪৭'
for i in $(seq 0 11); do
  n=$(printf '%02d' $((i + 1)))
  pdf=$(ls "$out/copies"/minutes-enothi-committee-"$n"-*.pdf)
  docx=${pdf%.pdf}.docx
  first=$(pdftotext -raw -l 1 "$pdf" - | tr '\n' ' ')
  who=${recipients[$i]}
  check "copy $n names its recipient" '[[ "$first" == *"প্রাপক: ${who:0:30}"* ]]'
  check "copy $n is no one else's" '[ "$(pdftotext -raw "$pdf" - | grep -c "^প্রাপক:")" = 1 ]'
  check "copy $n carries the memo number" 'pdftotext -raw "$pdf" - | grep -qF "$memo"'
  check "copy $n DOCX names its recipient" 'unzip -p "$docx" word/document.xml | grep -q "প্রাপক:"'
  check "copy $n is listed in the CSV" 'grep -qF "$(basename "$pdf")" "$csv"'
done

# A register gives the document one number; every copy carries it, and again when rendered anew.
sed 's|<memo>০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫.২৪৭</memo>|<memo serial="auto">০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫</memo>|' \
  "$doc" > "$out/auto.xml"
cp "$examples/meeting-notice-enothi-committee.xml" "$out/"
mkdir -p "$out/offices" && cp "$examples/../templates/offices/emblem.png" "$out/offices/"
"$bin" render "$out/auto.xml" --per-recipient --pdf -o "$out/auto" --register "$out/reg.sqlite" -q
"$bin" render "$out/auto.xml" --per-recipient --pdf -o "$out/auto2" --register "$out/reg.sqlite" -q
numbers=$(for f in "$out"/auto/*.pdf "$out"/auto2/*.pdf; do
  pdftotext -raw "$f" - | grep -o 'স্মারক নম্বর: [^ ]*'; done | sort -u)
check "24 copies, one memo number from the register" \
  '[ "$(wc -l <<<"$numbers")" = 1 ] && [[ "$numbers" == *".২৫.১" ]]'

# Nothing to copy for: an error, and nothing written.
set +e
perl -0pe 's|<copies.*?</copies>||s' "$examples/letter-training-nominations.xml" > "$out/no-lists.xml"
msg=$("$bin" render "$out/no-lists.xml" --per-recipient -o "$out/none" 2>&1 >/dev/null)
status=$?
set -e
check "a document with no lists: exit 1" '[ "$status" = 1 ]'
check "… with a message that says what to do" '[[ "$msg" == *"no distribution or copy list"*"leave out --per-recipient"* ]]'
check "… and no files" '[ ! -e "$out/none" ] || [ -z "$(ls -A "$out/none")" ]'
set +e
"$bin" render "$doc" --per-recipient --dump-layout > /dev/null 2>&1
check "--per-recipient with --dump-layout is a usage error" '[ $? = 2 ]'
set -e

# Bulk: the same copies for each document of a folder, under copies/DATE_MEMO/; a document
# without lists gets a warning, not a failure; copies have their own record.
mkdir -p "$out/year/offices"
cp "$doc" "$examples/meeting-notice-enothi-committee.xml" "$out/no-lists.xml" "$out/year/"
cp "$examples/../templates/offices/emblem.png" "$out/year/offices/"
"$bin" bulk "$out/year" -o "$out/bulk" -j 2 --pdf -q
main_pdf=$out/bulk/2025-08-17_05.44.7800.016.18.002.25.247.pdf
before=$(stat -c %Y.%i "$main_pdf")
sleep 1
check "bulk without --per-recipient makes no copies" '[ ! -e "$out/bulk/copies" ]'
set +e
warnings=$("$bin" bulk "$out/year" -o "$out/bulk" -j 2 --pdf --per-recipient 2>&1)
status=$?
set -e
check "bulk --per-recipient: exit 0" '[ "$status" = 0 ]'
check "… a warning for the document without lists" '[[ "$warnings" == *"no-lists.xml"*"no per-recipient copies"* ]]'
check "… the documents themselves were not made again" '[ "$(stat -c %Y.%i "$main_pdf")" = "$before" ]'
minutes_copies=$out/bulk/copies/2025-08-17_05.44.7800.016.18.002.25.247
check "12 copies of the minutes under their date and memo number" \
  '[ "$(ls "$minutes_copies"/*.pdf | wc -l)" = 12 ]'
check "… listed in their CSV" '[ "$(wc -l < "$minutes_copies"/*-recipients.csv)" = 13 ]'
check "… each naming its recipient" \
  '[ "$(for f in "$minutes_copies"/*.pdf; do pdftotext -raw -l 1 "$f" - | grep -c "^প্রাপক:"; done | sort -u)" = 1 ]'
check "the notice has its copies too" '[ "$(ls "$out"/bulk/copies | wc -l)" = 2 ]'
check "no DOCX when only PDFs were asked for" '[ -z "$(find "$out/bulk/copies" -name "*.docx")" ]'
again=$("$bin" bulk "$out/year" -o "$out/bulk" -j 2 --pdf --per-recipient 2>&1 | tail -1)
check "a second run has nothing to do" '[[ "$again" == *"0 rendered, 3 up to date"* ]]'
# A recipient taken off the notice's list: the minutes' copies are made again without them.
perl -0pe 's|<to[^>]*>[^<]*</to>||' -i "$out/year/meeting-notice-enothi-committee.xml"
"$bin" bulk "$out/year" -o "$out/bulk" -j 2 --pdf --per-recipient -q
check "11 copies once a recipient is off the list, no stale one left" \
  '[ "$(ls "$minutes_copies"/*.pdf | wc -l)" = 11 ] && [ "$(wc -l < "$minutes_copies"/*-recipients.csv)" = 12 ]'

[ "$fails" = 0 ] && echo "every copy names its recipient and carries the one memo number"
exit "$fails"
