#!/usr/bin/env bash
# Every example's PDF and DOCX (and PDF/A-3u) against the SHA-256 recorded in
# tests/golden/outputs.sha256: the redesign keeps every byte until a layout change alters them
# on purpose (then record the new list and say why in the commit).
set -euo pipefail
bin=$1 root=$2 list=$3 outdir=$4/golden-outputs
rm -rf "$outdir"; mkdir -p "$outdir"
fail=0
while read -r sum name; do
  args=()
  case $name in pdfa3:*) args=(--pdfa=3); name=${name#pdfa3:} ;; esac
  src="$root/${name%.*}.xml" ext=${name##*.}
  out="$outdir/${args[*]:-plain}"
  mkdir -p "$out"
  [ -f "$out/$(basename "${name%.*}").$ext" ] || "$bin" render "$src" -o "$out" "${args[@]}" --"$ext"
  got=$(sha256sum "$out/$(basename "${name%.*}").$ext" | cut -d' ' -f1)
  if [ "$got" != "$sum" ]; then echo "changed: ${args[*]} $name"; fail=1; fi
done < "$list"
[ $fail = 0 ] && echo "$(wc -l < "$list") outputs byte-identical to the recorded list"
exit $fail
