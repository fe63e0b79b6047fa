#!/usr/bin/env python3
"""Evenness of word spacing in a PDF: the 95th-percentile gap between neighbouring words on a
line divided by the median gap, from the word boxes of `pdftotext -bbox-layout`.

usage: gaps.py PDF... [--max RATIO] [--documents]

By default every gap of every line counts, all files together. With --documents each file is
reported on its own, and only the lines of its justified body text count: lines flush with
the text's right edge, of the word height most lines have (not headings or small print),
without the gap after a list label (১। (ক) ২.১) and without lines that hold two things in a
row (a gap wider than one and a half words' height: the memo number and its date).
"""
import re
import statistics
import subprocess
import sys

LABEL = re.compile(r"^(\(?[০-৯ক-হ]{1,3}[।.)]|[০-৯]+\.[০-৯]+|\([ক-হ]\))$")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    for page in re.findall(r"<page[^>]*>(.*?)</page>", xml, re.S):
        yield [[(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD.findall(line)]
               for line in re.findall(r"<line[^>]*>(.*?)</line>", page, re.S)]


def gaps(pdf):
    return [n[0] - p[2] for page in pages(pdf) for line in page for p, n in zip(line, line[1:])]


def body_gaps(pdf):
    by_height = {}
    for page in pages(pdf):
        lines = [l for l in page if len(l) >= 4]
        if not lines:
            continue
        right = max(l[-1][2] for l in lines)
        for l in lines:
            if right - l[-1][2] > 1.5:
                continue  # ragged, a paragraph's last line, or a cell short of the edge
            if LABEL.match(l[0][4]):
                l = l[1:]
            h = round(statistics.median([w[3] - w[1] for w in l]))
            g = [n[0] - p[2] for p, n in zip(l, l[1:])]
            if g and max(g) <= 1.5 * h:
                by_height.setdefault(h, []).extend(g)
    return max(by_height.values(), key=len) if by_height else []


def ratio(all_gaps):
    all_gaps = sorted(all_gaps)
    median = statistics.median(all_gaps)
    p95 = all_gaps[min(len(all_gaps) - 1, int(round(0.95 * (len(all_gaps) - 1))))]
    return median, p95, p95 / median


def main():
    args = sys.argv[1:]
    limit = None
    if "--max" in args:
        i = args.index("--max")
        limit = float(args[i + 1])
        del args[i:i + 2]
    if "--documents" in args:
        args.remove("--documents")
        worst = 0
        for pdf in args:
            g = body_gaps(pdf)
            if len(g) < 20:
                print(f"{pdf}: {len(g)} gaps of justified body text, too few to tell")
                continue
            median, p95, r = ratio(g)
            worst = max(worst, r)
            print(f"{pdf}: {len(g)} gaps, median {median:.2f} pt, p95 {p95:.2f} pt, "
                  f"p95/median {r:.3f}")
        return 0 if limit is None or worst <= limit else 1
    all_gaps = []
    for pdf in args:
        all_gaps += gaps(pdf)
    median, p95, r = ratio(all_gaps)
    print(f"word gaps: {len(all_gaps)}, median {median:.2f} pt, p95 {p95:.2f} pt, "
          f"p95/median {r:.3f}")
    return 0 if limit is None or r <= limit else 1


if __name__ == "__main__":
    sys.exit(main())
