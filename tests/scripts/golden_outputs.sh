#!/usr/bin/env bash
# Every example's PDF and DOCX (and PDF/A-3u) against the SHA-256 recorded in
# tests/golden/outputs.sha256: the redesign keeps every byte until a layout change alters them
# on purpose (then record the new list and say why in the commit).
# POTRO_UPDATE_GOLDEN=1 records the list anew — every example and the fixtures already in it.
set -euo pipefail
bin=$1 root=$2 list=$3 outdir=$4/golden-outputs
rm -rf "$outdir"; mkdir -p "$outdir"
names=$(cut -d' ' -f3 "$list")
if [ "${POTRO_UPDATE_GOLDEN:-}" = 1 ]; then
  for x in "$root"/examples/*.xml; do
    n=examples/$(basename "${x%.xml}")
    names+=$'\n'"$n.pdf"$'\n'"$n.docx"$'\n'"pdfa3:$n.pdf"
  done
  names=$(printf '%s\n' "$names" | awk 'NF && !seen[$0]++')
fi
fail=0 new=""
while read -r name; do
  [ -n "$name" ] || continue
  args=() file=$name
  case $name in pdfa3:*) args=(--pdfa=3); file=${name#pdfa3:} ;; esac
  src="$root/${file%.*}.xml" ext=${file##*.}
  out="$outdir/${args[*]:-plain}"
  mkdir -p "$out"
  [ -f "$out/$(basename "${file%.*}").$ext" ] || "$bin" render "$src" -o "$out" -q "${args[@]}" --"$ext"
  got=$(sha256sum "$out/$(basename "${file%.*}").$ext" | cut -d' ' -f1)
  new+="$got  $name"$'\n'
  want=$(awk -v n="$name" '$2 == n {print $1}' "$list")
  if [ "$got" != "$want" ]; then echo "changed: $name"; fail=1; fi
done <<< "$names"
if [ "${POTRO_UPDATE_GOLDEN:-}" = 1 ]; then
  printf '%s' "$new" > "$list"
  echo "recorded $(wc -l < "$list") outputs in $list"
  exit 0
fi
[ $fail = 0 ] && echo "$(wc -l < "$list") outputs byte-identical to the recorded list"
exit $fail
