#!/usr/bin/env python3
"""Evenness of word spacing in a PDF: the 95th-percentile gap between neighbouring words on a
line divided by the median gap, from the word boxes of `pdftotext -bbox-layout`.

usage: gaps.py PDF... [--max RATIO]
"""
import re
import statistics
import subprocess
import sys


def gaps(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    out = []
    for line in re.findall(r"<line[^>]*>(.*?)</line>", xml, re.S):
        boxes = [(float(a), float(b)) for a, b in
                 re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', line)]
        for (x0, x1), (y0, _) in zip(boxes, boxes[1:]):
            out.append(y0 - x1)
    return out


def main():
    args = sys.argv[1:]
    limit = None
    if "--max" in args:
        i = args.index("--max")
        limit = float(args[i + 1])
        del args[i:i + 2]
    all_gaps = []
    for pdf in args:
        all_gaps += gaps(pdf)
    all_gaps.sort()
    median = statistics.median(all_gaps)
    p95 = all_gaps[min(len(all_gaps) - 1, int(round(0.95 * (len(all_gaps) - 1))))]
    ratio = p95 / median
    print(f"word gaps: {len(all_gaps)}, median {median:.2f} pt, p95 {p95:.2f} pt, "
          f"p95/median {ratio:.3f}")
    return 0 if limit is None or ratio <= limit else 1


if __name__ == "__main__":
    sys.exit(main())
