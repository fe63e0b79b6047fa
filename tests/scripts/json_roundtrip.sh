#!/usr/bin/env bash
# Documents as JSON: every example converted to JSON renders the same PDF and DOCX bytes as
# its XML, and so does the XML converted back from that JSON; a bad JSON document gets the
# line and column of the JSON text.
set -euo pipefail
bin=$1 examples=$2 out=$3/json-roundtrip
rm -rf "$out" && mkdir -p "$out/xml" "$out/json" "$out/back"
fails=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi; }

# The three folders hold the same neighbours (offices, the notice the minutes follow).
for d in xml json back; do cp -r "$examples"/* "$out/$d/"; done
for f in "$examples"/*.xml; do
  b=$(basename "$f" .xml)
  "$bin" convert "$f" -o "$out/json/$b.json"
  "$bin" convert "$out/json/$b.json" --to xml -o "$out/back/$b.xml"
  [ "$b" = meeting-notice-enothi-committee ] || rm "$out/json/$b.xml"
done
n=0
for f in "$examples"/*.xml; do
  b=$(basename "$f" .xml)
  "$bin" render "$out/xml/$b.xml" -o "$out/r-xml" -q
  "$bin" render "$out/json/$b.json" -o "$out/r-json" -q
  "$bin" render "$out/back/$b.xml" -o "$out/r-back" -q
  for ext in pdf docx; do
    check "$b.$ext from JSON is the XML's, byte for byte" 'cmp -s "$out/r-xml/$b.$ext" "$out/r-json/$b.$ext"'
    check "$b.$ext from XML → JSON → XML too" 'cmp -s "$out/r-xml/$b.$ext" "$out/r-back/$b.$ext"'
  done
  n=$((n + 1))
done
check "every example went round ($n)" '[ "$n" -ge 16 ]'

# Bulk takes a folder of JSON documents as it takes XML: the same files, the same bytes.
# (Without the minutes that follow a notice: in the JSON folder that notice is there twice.)
mkdir -p "$out/bulk-in-xml" "$out/bulk-in-json"
for d in xml json; do cp -r "$out/$d"/* "$out/bulk-in-$d/"; rm -f "$out/bulk-in-$d"/minutes-enothi-committee.*; done
rm "$out/bulk-in-json/meeting-notice-enothi-committee.xml"
"$bin" bulk "$out/bulk-in-xml" -o "$out/bulk-xml" -j 2 -q --no-index
"$bin" bulk "$out/bulk-in-json" -o "$out/bulk-json" -j 2 -q --no-index
check "bulk over the JSON writes what bulk over the XML writes" \
  'diff <(cd "$out/bulk-xml" && ls *.pdf *.docx) <(cd "$out/bulk-json" && ls *.pdf *.docx) > /dev/null &&
   for f in "$out"/bulk-xml/*.pdf "$out"/bulk-xml/*.docx; do cmp -s "$f" "$out/bulk-json/$(basename "$f")" || exit 1; done'
check "… every document of both" '[ "$(ls "$out"/bulk-json/*.pdf | wc -l)" -ge 15 ]'

# The JSON Schemas are those the RelaxNG schemas make, and every example's JSON meets its own.
root=$(dirname "$examples")
check "templates/json is up to date with the RelaxNG schemas" 'python3 "$root/scripts/json-schemas" --check'
jsons=()
for f in "$examples"/*.xml; do jsons+=("$out/json/$(basename "$f" .xml).json"); done
check "every example's JSON meets its kind's JSON Schema" \
  '/usr/bin/python3 "$root/tests/tools/json_schema_check.py" "$root/templates/json" "${jsons[@]}"'

# Bad JSON: positions in the JSON text.
j=$out/json/letter-training-nominations.json
line=$(grep -n '"date": "2025-07-14"' "$j" | head -1 | cut -d: -f1)
sed "${line}s/2025-07-14/2025-02-30/" "$j" > "$out/json/bad-date.json"
set +e
msg=$("$bin" validate "$out/json/bad-date.json" 2>&1)
check "a wrong date: the JSON's line and column" '[[ "$msg" == *"bad-date.json:$line:5: error: \"2025-02-30\" is not a date"* ]]'
printf '{"letter": {"subject": "x",\n  "date": }}' > "$out/json/broken.json"
msg=$("$bin" validate "$out/json/broken.json" 2>&1)
check "not JSON: where it breaks" '[[ "$msg" == *"broken.json:2:11: error: the file is not valid JSON"* ]]'
printf '{"letter": {"subject": "x",\n  "subject": "y"}}' > "$out/json/twice.json"
msg=$("$bin" validate "$out/json/twice.json" 2>&1)
check "a key given twice" '[[ "$msg" == *"twice.json:2:3: error: the key \"subject\" is given twice"* ]]'
printf '{"letter": {"subject": "x",\n  "bogus": {"a": "1"}}}' > "$out/json/unknown.json"
msg=$("$bin" validate "$out/json/unknown.json" 2>&1)
check "an unknown element at its key" '[[ "$msg" == *"unknown.json:2:3: error: unknown element <bogus>"* ]]'
printf '{"minutes": {}, "letter": {}}' > "$out/json/two-roots.json"
msg=$("$bin" validate "$out/json/two-roots.json" 2>&1)
check "two roots" '[[ "$msg" == *"two-roots.json:1:1: error: a document in JSON is one object whose one key is its root element"* ]]'
python3 -c "print('{\"a\":' * 300 + '\"x\"' + '}' * 300)" > "$out/json/deep.json"
msg=$("$bin" validate "$out/json/deep.json" 2>&1)
check "nesting too deep is refused" '[[ "$msg" == *"nested more than 256 levels"* ]]'
"$bin" convert "$examples/letter-training-nominations.xml" --to xml > /dev/null 2>&1
check "convert XML --to xml is a usage error" '[ $? = 2 ]'
set -e

[ "$fails" = 0 ] && echo "JSON documents render as their XML does"
exit "$fails"
