#!/usr/bin/env bash
# Justified word spacing over all seeds: 95th-percentile gap / median gap <= 1.35.
set -euo pipefail
bin=$1 seeds=$2 outdir=$3 tools=$4
mkdir -p "$outdir/spacing"
for f in "$seeds"/*.txt; do
  "$bin" typeset "$f" -o "$outdir/spacing/$(basename "$f" .txt).pdf"
done
python3 "$tools/gaps.py" "$outdir"/spacing/*.pdf --max 1.35
# Each seed's justified body text on its own (a report; the bound above is on all of them).
python3 "$tools/gaps.py" --documents "$outdir"/spacing/*.pdf
