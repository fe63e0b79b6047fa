#!/usr/bin/env python3
"""Compares the text PDF readers extract from a potro PDF with the text that went in.

usage: textcheck.py exact INPUT.txt PDF          poppler's pdftotext -raw, word for word
       textcheck.py intact INPUT.txt PDF READER  share of input words a reader returns intact
                                                 and in order (READER: mutool or pdfjs)
Words are compared after NFC normalization and whitespace folding.
"""
import difflib
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def words(text):
    return unicodedata.normalize("NFC", text).split()


def extract(pdf, reader):
    if reader == "poppler":
        cmd = ["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"]
    elif reader == "mutool":
        cmd = ["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf]
    elif reader == "pdfjs":
        cmd = ["node", os.path.join(HERE, "pdfjs_text.mjs"), pdf]
    else:
        raise SystemExit("unknown reader " + reader)
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")


def join_line_splits(expected, text):
    """Words of `text`, where pieces separated only by a line end are joined back when together
    they make the expected word: a line may legitimately break inside a word after "/" or, for a
    word wider than the line, between graphemes. Pieces separated by a space are never joined."""
    tokens = []  # (word, starts a line)
    for line in unicodedata.normalize("NFC", text).splitlines():
        for k, w in enumerate(line.split()):
            tokens.append((w, k == 0))
    out = []
    i = 0
    for want in expected:
        if i >= len(tokens):
            break
        word = tokens[i][0]
        j = i + 1
        while word != want and j < len(tokens) and tokens[j][1] and want.startswith(word + tokens[j][0]):
            word += tokens[j][0]
            j += 1
        if word == want:
            out.append(word)
            i = j
        else:
            out.append(tokens[i][0])
            i += 1
    out.extend(t[0] for t in tokens[i:])
    return out


def intact_share(expected, got):
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / max(1, len(expected))


def main():
    mode, source, pdf = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(source, encoding="utf-8") as f:
        expected = words(f.read())
    if mode == "exact":
        got = join_line_splits(expected, extract(pdf, "poppler"))
        if got == expected:
            print(f"exact: {len(expected)} words identical")
            return 0
        matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag != "equal":
                print(f"{tag}: expected {expected[a0:a1][:6]} got {got[b0:b1][:6]}")
        return 1
    if mode == "intact":
        reader = sys.argv[4]
        share = intact_share(expected, words(extract(pdf, reader)))
        print(f"{reader}: {share * 100:.1f}% of {len(expected)} words intact and in order")
        if len(sys.argv) > 5:
            return 0 if share * 100 >= float(sys.argv[5]) else 1
        return 0
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
