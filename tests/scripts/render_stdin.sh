#!/usr/bin/env bash
# `potro render - --name NAME.xml` reads the document from standard input and gives the same
# bytes as rendering the file (its letterhead found from the current folder), for every
# example; without --name its diagnostics say stdin.xml; a broken document on stdin writes
# nothing.
set -euo pipefail
bin=$(realpath "$1") examples=$(realpath "$2") out=$3/render-stdin
rm -rf "$out"; mkdir -p "$out/file" "$out/stdin"
fail=0
for xml in "$examples"/*.xml; do
  name=$(basename "$xml")
  "$bin" render "$xml" -o "$out/file" -q
  (cd "$examples" && "$bin" render - --name "$name" -o "$out/stdin" -q < "$xml")
  for ext in pdf docx; do
    if ! cmp -s "$out/file/${name%.xml}.$ext" "$out/stdin/${name%.xml}.$ext"; then
      echo "FAIL: $name: the $ext from standard input differs"; fail=1
    fi
  done
done
mkdir -p "$out/broken"
if printf '<minutes><subject>x</subject>' | "$bin" render - -o "$out/broken" 2> "$out/err.txt"; then
  echo "FAIL: a broken document on stdin was rendered"; fail=1
fi
grep -q '^stdin.xml:1:[0-9]*: error: ' "$out/err.txt" ||
  { echo "FAIL: the error does not name stdin.xml:"; cat "$out/err.txt"; fail=1; }
[ -z "$(ls -A "$out/broken")" ] || { echo "FAIL: partial output: $(ls "$out/broken")"; fail=1; }
[ $fail = 0 ] && echo "every example from standard input gives the file's bytes"
exit $fail
