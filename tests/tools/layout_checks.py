#!/usr/bin/env python3
"""Checks a --dump-layout (on stdin) for the behaviour a golden case is about.

usage: layout_checks.py CASE < DUMP   (CASE: split-table, orphan-signature, annex-60,
       distribution-25, narrow-columns, letter, office-order, notification, meeting-notice,
       demi-official)
"""
import re
import sys


def pages(dump):
    out = []
    for block in re.split(r"^page \d+ .*$", dump, flags=re.M)[1:]:
        out.append(re.findall(r'^  text [\d.]+,([\d.]+) \S+ [\d.]+ "(.*)"$', block, flags=re.M))
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def require_heading_on(texts, page_indexes, what):
    for i in page_indexes:
        if "ক্রমিক" not in texts[i]:
            fail(f"{what} page {i + 1} lacks the repeated heading row")


def in_order(flat, order, what):
    """Each of `order` starts a text of `flat`, in this order."""
    at, start = [], 0
    for w in order:
        hits = [k for k in range(start, len(flat)) if flat[k].startswith(w)]
        if not hits:
            fail(f"{what}: {w!r} missing or out of order (looked from text {start})")
        at.append(hits[0])
        start = hits[0] + 1
    return at


def page_of(texts, prefix):
    return [i for i, p in enumerate(texts) if any(t.startswith(prefix) for t in p)]


def main():
    case = sys.argv[1]
    ps = pages(sys.stdin.read())
    texts = [[t for _, t in p] for p in ps]
    if case == "split-table":
        with_table = [i for i, p in enumerate(texts) if any(t.startswith("০১") or re.match(r"^[০-৯]{2}$", t) for t in p)]
        if len(with_table) < 2:
            fail("the table does not span pages")
        require_heading_on(texts, with_table, "table")
        print(f"table over pages {[i + 1 for i in with_table]}, heading row on each")
    elif case == "orphan-signature":
        # The chair's name is in the meeting block too: the signature is its last occurrence.
        sig = max(i for i, p in enumerate(texts) if "মোহাম্মদ আনোয়ার উদ্দিন" in p)
        first = texts[sig][0]
        if "আনোয়ার" in first or sig == 0:
            fail("the signature block starts its page alone")
        before = texts[sig].index("মোহাম্মদ আনোয়ার উদ্দিন")
        if before < 2:
            fail("fewer than two lines of text came along with the signature")
        print(f"signature on page {sig + 1} with {before} lines of the paragraph before it")
    elif case == "annex-60":
        start = next(i for i, p in enumerate(texts) if p and p[0] == "পরিশিষ্ট 'ক'")
        # Found as the first text of its page: the annex starts a page of its own.
        names = [t for p in texts[start:] for t in p if t.startswith("কর্মকর্তা ")]
        if len(names) != 60:
            fail(f"{len(names)} attendees printed, not 60")
        annex_pages = [i for i in range(start, len(texts)) if any(t.startswith("কর্মকর্তা ") for t in texts[i])]
        if len(annex_pages) < 2:
            fail("60 attendees fit on one page?")
        require_heading_on(texts, annex_pages, "annex")
        print(f"annex from page {start + 1} over {len(annex_pages)} pages, 60 attendees, heading on each")
    elif case == "distribution-25":
        labels = [t for p in texts for t in p if re.fullmatch(r"[০-৯]+।", t)]
        want = [str(i).translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")) + "।" for i in range(1, 27)]
        if labels != want:
            fail(f"labels {labels[:5]}... are not ১। to ২৬। in order")
        if "অফিস কপি" not in [t for p in texts for t in p]:
            fail("no অফিস কপি")
        print("25 recipients and অফিস কপি numbered ১। to ২৬।")
    elif case == "narrow-columns":
        # Columns given too narrow: every word and number still stands whole in its cell.
        whole = ["ক্রমিক", "৪১,২৫০.০০", "১,০৮,৪৯১.৭৫", "০১৯৬৭-৬৩৩৬০৬", "০১৭১১-৪৫৬৭৮৯"]
        flat = [t for p in texts for t in p]
        for w in whole:
            if w not in flat:
                pieces = [t for t in flat if t and (t in w or w.startswith(t))]
                fail(f"{w} is cut inside its cell: {pieces}")
        print("every heading, amount and phone number whole in its cell")
    elif case == "letter":
        # The parts of a letter in a letter's order, on page 1: the memo line, প্রাপক, বিষয়,
        # সূত্র, the first (unnumbered) paragraph, then ০২।.
        flat = [t for t in texts[0]]
        order = ["স্মারক নম্বর: ০৫.৪৪.৭৮০০.০১৬.১৮.০০২.২৫.২১৪", "প্রাপক", "বিষয়:", "সূত্র:", "০২।"]
        at = []
        for w in order:
            hits = [k for k, t in enumerate(flat) if t.startswith(w)]
            if not hits:
                fail(f"page 1 lacks {w!r}")
            at.append(hits[0])
        if at != sorted(at):
            fail(f"the letter's parts are out of order: {list(zip(order, at))}")
        if any(t.startswith("০১।") for p in texts for t in p):
            fail("the first paragraph is numbered")
        print("memo line, প্রাপক, বিষয়, সূত্র and ০২। in a letter's order")
    elif case == "office-order":
        if len(texts) != 1:
            fail(f"the office order takes {len(texts)} pages; it fits on one")
        in_order(texts[0], ["স্মারক নম্বর:", "অফিস আদেশ", "বিষয়:", "অর্জিত ছুটি মঞ্জুর", "এ কার্যালয়ের",
                            "০২।", "০৩।", "মোঃ সাইফুল ইসলাম", "অনুলিপি", "অফিস কপি"], "office order")
        print("memo line, title, subject, orders, closing, signature and copies on one page")
    elif case == "notification":
        flat = [t for p in texts for t in p]
        in_order(flat, ["স্মারক নম্বর: ৪২.০০.০০০০.০৬১.১৪.০০৯.২৫.৮৮", "ঢাকা, ২০ কার্তিক ১৪৩২ বঙ্গাব্দ",
                        "প্রজ্ঞাপন", "বিষয়:", "ক্রমিক", "(ক)", "০৩।", "রাষ্ট্রপতির আদেশক্রমে",
                        "মোহাম্মদ শফিকুর রহমান", "বিতরণ", "স্মারক নম্বর: ৪২.০০.০০০০.০৬১.১৪.০০৯.২৫.৮৮/১",
                        "অনুলিপি সদয়", "অফিস কপি", "মোহাম্মদ শফিকুর রহমান"], "notification")
        memo = page_of(texts, "স্মারক নম্বর: ৪২.০০.০০০০.০৬১.১৪.০০৯.২৫.৮৮/১")
        office_copy = page_of(texts, "অফিস কপি")
        if memo != office_copy:
            fail(f"the endorsement is split: memo line on page {memo}, its list ends on {office_copy}")
        print("gazette date, title, clauses, by-order, signature, then the endorsement whole on one page")
    elif case == "meeting-notice":
        flat = [t for p in texts for t in p]
        in_order(flat, ["স্মারক নম্বর:", "সভার নোটিশ", "বিষয়:", "সভাপতি", "তারিখ ও বার", "১২ আগস্ট ২০২৫ খ্রিস্টাব্দ, মঙ্গলবার",
                        "আলোচ্যসূচি", "১।", "৪।", "মোঃ সাইফুল ইসলাম", "বিতরণ", "১।", "১২।"],
                 "meeting notice")
        heading, first = page_of(texts, "বিতরণ"), page_of(texts, "অতিরিক্ত জেলা প্রশাসক (রাজস্ব)")
        if heading != first:
            fail(f"the distribution's heading (page {heading}) is apart from its first entry ({first})")
        print("memo line, title, meeting with its weekday, topics, signature and distribution")
    elif case == "demi-official":
        if len(texts) != 1:
            fail(f"the D.O. letter takes {len(texts)} pages; it fits on one")
        in_order(texts[0], ["ড. ফারহানা ইয়াসমিন", "আধা-সরকারি পত্র নং:", "প্রিয় জনাব আহসান হাবীব,",
                            "বিষয়:", "আপনি অবগত", "শুভেচ্ছান্তে,", "(ড. ফারহানা ইয়াসমিন)",
                            "জনাব আহসান হাবীব", "জেলা প্রশাসক", "অনুলিপি"], "D.O. letter")
        if any(t.startswith("প্রাপক") for t in texts[0]):
            fail("a D.O. letter has no প্রাপক label")
        if any(t.startswith("০২।") for t in texts[0]):
            fail("a D.O. letter's paragraphs are not numbered")
        print("sender, D.O. number, salutation, subject, body, closing, signature, addressee, copies")
    else:
        fail("unknown case " + case)


if __name__ == "__main__":
    main()
