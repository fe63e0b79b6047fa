#!/usr/bin/env bash
# Golden pagination tests: `potro render --dump-layout` must equal the committed dump, and the
# dump must show the behaviour the case is about (checked by layout_checks.py).
# POTRO_UPDATE_GOLDEN=1 rewrites the dump after a deliberate change (look at the PDF first).
set -euo pipefail
bin=$1 input=$2 golden=$3 tools=$4 case=$5
got=$("$bin" render --dump-layout "$input")
python3 "$tools/layout_checks.py" "$case" <<<"$got"
if [ "${POTRO_UPDATE_GOLDEN:-}" = 1 ]; then
  printf '%s\n' "$got" > "$golden"
  echo "updated $golden"
  exit 0
fi
diff -u "$golden" <(printf '%s\n' "$got") | head -40
cmp -s "$golden" <(printf '%s\n' "$got") && echo "layout equals $(basename "$golden")"
