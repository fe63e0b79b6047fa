#!/usr/bin/env bash
# The include-rule check must catch what it is for: a copy of the library where the DOCX
# writer includes the PDF writer's header (a sibling) and layout includes a job (a later
# stage) must fail with both named, and the copy without them must pass.
set -euo pipefail
rules=$1 engine=$2 work=$3/include-rules
rm -rf "$work"; mkdir -p "$work"
cp -r "$engine" "$work/engine"
python3 "$(dirname "$0")/include_rules.py" "$rules" "$work/engine" > /dev/null
sed -i '1i #include "pdf/haru.h"' "$work/engine/docx/document.cpp"
sed -i '1i #include "jobs/engine.h"' "$work/engine/layout/flow.cpp"
if python3 "$(dirname "$0")/include_rules.py" "$rules" "$work/engine" > "$work/out.txt"; then
  echo "FAIL: the violations were not caught"; cat "$work/out.txt"; exit 1
fi
grep -q '^docx/document.cpp:1: docx includes "pdf/haru.h" of pdf, a stage it does not depend on' \
  "$work/out.txt" || { echo "FAIL: docx → pdf not reported"; cat "$work/out.txt"; exit 1; }
grep -q '^layout/flow.cpp:1: layout includes "jobs/engine.h" of jobs, a later stage' \
  "$work/out.txt" || { echo "FAIL: layout → jobs not reported"; cat "$work/out.txt"; exit 1; }
echo "both deliberate violations caught:"; cat "$work/out.txt"
