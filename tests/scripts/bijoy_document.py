#!/usr/bin/env python3
"""Makes a document typed in Bijoy from a Unicode one, and checks potro's conversion back.

    bijoy_document.py make SRC.xml BIJOY.xml EXPECTED.json
        every text of an element that holds words, in Bangla without Latin letters or digits,
        typed in Bijoy by tests/fixtures/bijoy/make_table.py's encoder (not potro's code)
    bijoy_document.py check CONVERTED.xml EXPECTED.json
        those texts are back as they were
    bijoy_document.py text SRC.txt ANSI.txt EXPECTED.txt
        a plain text's lines typed in Bijoy, saved as Windows-1252 (ANSI) bytes
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "fixtures", "bijoy"))
from make_table import encode  # noqa: E402

NO_WORDS = {"memo", "date", "time", "email", "website", "phone", "fax", "code", "serial",
            "endorsement", "emblem"}
QUOTES = {"‘": "Ô", "’": "Õ", "“": "Ò", "”": "Ó", "—": "Ñ"}
# Signs the converter reads as Bijoy codes, which a Unicode text may hold as themselves.
BIJOY_SIGNS = set("|&^`_~") | set(QUOTES) | {chr(c) for c in range(0x80, 0x100)} | set(
    "‚ƒ„…†‡ˆ‰Š‹ŒŽ•–˜™š›œžŸ")


def typed(text):
    if not text or not re.search(r"[\u0980-\u09FF]", text):
        return None
    if re.search(r"[A-Za-z0-9]", text) or any(c in BIJOY_SIGNS - set(QUOTES) for c in text):
        return None
    # Quotes first: the encoder's own codes include ’ (্থ) and ‘ (্তু).
    text = "".join(QUOTES.get(c, c) for c in text)
    try:
        return re.sub(r"[\u0980-\u09FF\u0964\u200D]+", lambda m: encode(m.group(0)), text)
    except (ValueError, KeyError):
        return None


def tree(path):
    return ET.parse(path, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))


def texts(root):
    """(path, element, 'text'|'tail') for every text in an element that holds words."""
    def walk(e, path, words):
        name = e.tag if isinstance(e.tag, str) else None
        words = words and name not in NO_WORDS
        here = path + "/" + (name or "#comment")
        if name and words:
            yield here, e, "text"
        for i, c in enumerate(list(e)):
            yield from walk(c, "%s[%d]" % (here, i), words)
            if words and name:
                yield "%s[%d]~tail" % (here, i), c, "tail"
    yield from walk(root, "", True)


def make(src, dst, expected):
    t = tree(src)
    want = {}
    for path, e, which in texts(t.getroot()):
        original = getattr(e, which)
        bijoy = typed(original)
        if bijoy is not None:
            setattr(e, which, bijoy)
            want[path] = original
    t.write(dst, encoding="utf-8", xml_declaration=True)
    json.dump(want, open(expected, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print("%d texts typed in Bijoy" % len(want))


def check(converted, expected):
    want = json.load(open(expected, encoding="utf-8"))
    got = {path: getattr(e, which) for path, e, which in texts(tree(converted).getroot())}
    wrong = [p for p in want if got.get(p) != want[p]]
    for p in wrong[:10]:
        print("%s: %r, not %r" % (p, got.get(p), want[p]))
    if wrong or len(want) < 10:
        sys.exit("%d of %d texts differ" % (len(wrong), len(want)))
    print("%d texts back in Unicode as they were" % len(want))


def text(src, dst, expected):
    def ansi(line):
        try:
            return typed(line).encode("cp1252")
        except (AttributeError, UnicodeEncodeError):
            return None

    lines = [l for l in open(src, encoding="utf-8").read().splitlines() if ansi(l) is not None]
    with open(dst, "wb") as f:
        f.write(b"\r\n".join(ansi(l) for l in lines))
    with open(expected, "w", encoding="utf-8") as f:
        f.write("\r\n".join(lines))
    print("%d lines typed in Bijoy" % len(lines))
    if len(lines) < 10:
        sys.exit("too few lines to test")


if __name__ == "__main__":
    {"make": make, "check": check, "text": text}[sys.argv[1]](*sys.argv[2:])
