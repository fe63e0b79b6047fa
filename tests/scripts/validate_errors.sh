#!/usr/bin/env bash
# Broken minutes files: `potro validate` and `potro render` name file:line:column and the
# problem, exit 1, and write nothing. Each file in tests/bad/ states its expected message on
# its second line: <!-- expect: REGEX -->
set -uo pipefail
bin=$1 dir=$2 outdir=$3
mkdir -p "$outdir/bad"
fail=0
for f in "$dir"/*.xml; do
  want=$(sed -n '2s/^<!-- expect: \(.*\) -->$/\1/p' "$f")
  err=$("$bin" validate "$f" 2>&1); code=$?
  if [ $code -ne 1 ] || ! grep -qE -- "$want" <<<"$err"; then
    echo "FAIL validate $(basename "$f"): exit $code: $err"; fail=1; continue
  fi
  rm -f "$outdir/bad/$(basename "$f" .xml).pdf"
  "$bin" render "$f" -o "$outdir/bad" 2>/dev/null
  if [ $? -ne 1 ] || [ -e "$outdir/bad/$(basename "$f" .xml).pdf" ]; then
    echo "FAIL render $(basename "$f") wrote output or exited 0"; fail=1; continue
  fi
  echo "ok $(basename "$f"): $(head -1 <<<"$err")"
done
exit $fail
