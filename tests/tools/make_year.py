#!/usr/bin/env python3
"""Makes a year of documents from the examples: dates shifted, subjects numbered, memo serials
varied (or left to the register with --auto), for the bulk tests.

usage: make_year.py EXAMPLES_DIR OUT_DIR COUNT [--auto] [--prefix P]
"""
import datetime
import pathlib
import re
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
auto = "--auto" in sys.argv
prefix = "m"
if "--prefix" in sys.argv:
    prefix = sys.argv[sys.argv.index("--prefix") + 1]
    args.remove(prefix)
examples, out, count = pathlib.Path(args[0]), pathlib.Path(args[1]), int(args[2])
# Minutes that follow a notice name a file beside them that the made year does not hold.
sources = [s for s in sorted(examples.glob("*.xml"))
           if 'follows="' not in s.read_text(encoding="utf-8")]
out.mkdir(parents=True, exist_ok=True)

def shift(xml, days):
    def move(m):
        d = datetime.date.fromisoformat(m.group(1)) + datetime.timedelta(days=days)
        return "<date>%s</date>" % d.isoformat()
    return re.sub(r"<date>(\d{4}-\d{2}-\d{2})</date>", move, xml)

for i in range(count):
    xml = sources[i % len(sources)].read_text(encoding="utf-8")
    xml = re.sub(r"(<subject[^>]*>)", r"\1(সভা নং %d) " % (i + 1), xml, count=1)
    xml = shift(xml, i // len(sources))
    def memo(m):
        attrs, number = m.group(1), m.group(2)
        number = number.split("/")[0]
        code = number.rsplit(".", 1)[0]
        if auto:
            return '<memo%s serial="auto">%s</memo>' % (attrs, code)
        return "<memo%s>%s.%d</memo>" % (attrs, code, 3000 + i)
    xml = re.sub(r"<memo([^>]*)>([^<]*)</memo>", memo, xml, count=1)
    # Each made document is a document of its own: the register knows documents by their id.
    xml = re.sub(r' id="([^"]*)"', r' id="\1-%s%d"' % (prefix, i), xml, count=1)
    (out / ("%s%04d.xml" % (prefix, i))).write_text(xml, encoding="utf-8")
