#!/usr/bin/env bash
# potro shape must print exactly what hb-shape prints, line for line, with potro's settings
# (cluster level 0 = monotone graphemes, BOT/EOT, default ignorables removed), cached and uncached, in both bundled
# Bangla fonts.
set -euo pipefail
bin=$1 corpus=$2 fonts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=$(grep -c '' "$corpus")
if [ "$n" -lt 300 ]; then echo "corpus has only $n lines"; exit 1; fi
status=0
for font in "$fonts/NotoSerifBengali-Regular.ttf" "$fonts/NotoSansBengali-Bold.ttf"; do
  hb-shape --no-glyph-names --language=bn --cluster-level=0 --bot --eot \
    --remove-default-ignorables --text-file="$corpus" "$font" > "$work/hb"
  for mode in "" "--no-cache"; do
    "$bin" shape $mode --font "$font" --file "$corpus" > "$work/potro"
    if ! diff <(paste -d'\t' "$corpus" "$work/hb") <(paste -d'\t' "$corpus" "$work/potro") \
        > "$work/diff"; then
      echo "MISMATCH with $(basename "$font") $mode:"; head -20 "$work/diff"; status=1
    else
      echo "$(basename "$font") ${mode:-cached}: $n lines identical to hb-shape"
    fi
  done
done
exit $status
