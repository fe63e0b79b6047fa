#!/usr/bin/env python3
"""Every command with combinations of the options its --help lists, good values and bad
(empty, negative, huge, Bangla digits, a missing file, a folder, a name with spaces): each ends
with exit 0, 1 or 2, a message on stderr when it fails, a usage hint on exit 2, and never an
abort, a crash or a sanitizer report. The combinations are drawn with a fixed seed, so a
failure is the same on every run; POTRO_COMBINATIONS raises their number.

usage: option_combinations.py POTRO EXAMPLES OUTDIR"""
import os
import random
import shutil
import subprocess
import sys

potro, examples, outdir = (os.path.abspath(a) for a in sys.argv[1:4])
work = os.path.join(outdir, "option-combinations")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(os.path.join(work, "দুটি নথি"))
doc = "minutes-enothi-committee.xml"
for name in (doc, "meeting-notice-enothi-committee.xml"):
    shutil.copy(os.path.join(examples, name), work)
    shutil.copy(os.path.join(examples, name), os.path.join(work, "দুটি নথি"))
with open(os.path.join(work, "লেখা ১.txt"), "w", encoding="utf-8") as f:
    f.write("সভার কার্যবিবরণী\n\nদ্বিতীয় অনুচ্ছেদ।\n")
with open(os.path.join(work, "pw.txt"), "w") as f:
    f.write("secret\n")
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-keyout", "key.pem", "-out",
                "cert.pem", "-days", "30", "-nodes", "-subj", "/CN=Combination Tester"],
               cwd=work, check=True, capture_output=True)
subprocess.run(["openssl", "pkcs12", "-export", "-inkey", "key.pem", "-in", "cert.pem", "-out",
                "k.p12", "-passout", "file:pw.txt"], cwd=work, check=True, capture_output=True)
subprocess.run([potro, "render", doc, "--pdf", "--pdfa=3", "-o", "pdfs", "-q"], cwd=work,
               check=True)

odd = ["", "0", "-1", "99999999999999999999", "৩", "abc", "no such file", "দুটি নথি", "/", "-"]
DIR = ["out", "আউট ফোল্ডার", "./o/p", "/dev/null"] + odd
FILE_OUT = ["x.pdf", "ফাইল ১.xml", "o/x.json", "/dev/null/x"] + odd
commands = {
    "render": ([doc, "./" + doc, "-", "missing.xml", "দুটি নথি", "pw.txt", "pdfs/" + doc[:-4] + ".pdf"],
               {"-o": DIR, "--pdf": None, "--docx": None, "--register": ["r.sqlite"] + odd,
                "--pdfa": None, "--pdfa=3": None, "--pdfa=9": None, "--per-recipient": None,
                "--dump-layout": None, "--name": ["x.xml", "ক.xml"] + odd,
                "--allow-absolute-paths": None, "--templates": DIR, "-q": None, "--no-pdfa": None,
                "--bogus": None}),
    "validate": ([doc, "missing.xml", "দুটি নথি", "pw.txt", "-"],
                 {"--allow-absolute-paths": None, "--templates": DIR, "--x": None}),
    "bulk": (["দুটি নথি", "missing", doc, "."],
             {"-o": DIR, "-j": ["1", "2", "64"] + odd, "--pdf": None, "--docx": None,
              "--register": ["r.sqlite"] + odd, "--force": None, "--no-index": None,
              "--volume": None, "--per-recipient": None, "--pdfa": None, "--pdfa=3": None,
              "--no-fsync": None, "--templates": DIR, "-q": None, "--json": None}),
    "convert": ([doc, "missing.xml", "pw.txt", "-"], {"--to": ["json", "xml"] + odd, "-o": FILE_OUT,
                                                     "--from": ["bijoy"] + odd, "--all": None}),
    "new": (["minutes", "letter", "memo", ""], {"-o": FILE_OUT, "--force": None, "--list": None,
                                              "--templates": DIR}),
    "lint": ([doc, "missing.xml", "pw.txt"], {"--fix": None, "--templates": DIR}),
    "date": (["2025-05-06", "২০২৫-০৫-০৬", "06.05.2025", "2025-02-30", ""],
             {"--template": ["standard", "district"] + odd, "--one-line": None, "--numeric": None,
              "--weekday": None, "--templates": DIR}),
    "fonts": ([doc, "missing.xml"], {"--template": ["standard"] + odd, "--kind": ["letter"] + odd,
                                     "--templates": DIR}),
    "extract": (["pdfs/" + doc[:-4] + ".pdf", doc, "missing.pdf"], {"-o": DIR}),
    "sign": (["pdfs/" + doc[:-4] + ".pdf", doc, "missing.pdf"],
             {"--field": ["chair", "issuer", "nobody"] + odd, "--p12": ["k.p12", "pw.txt"] + odd,
              "--password-file": ["pw.txt", "k.p12"] + odd, "-o": FILE_OUT}),
    "typeset": (["লেখা ১.txt", doc, "missing.txt"],
                {"-o": FILE_OUT, "--font-size": ["12", "0.1", "500"] + odd,
                 "--align": ["justify", "left", "center", "sideways"],
                 "--line-height": ["1.2", "0", "100"] + odd, "--page": ["a4", "legal", "a0"],
                 "--bengali-font": ["pw.txt"] + odd, "--latin-font": ["k.p12"] + odd,
                 "--no-cache": None}),
    "shape": (["সভার কার্যবিবরণী", "", "abc"],
              {"--font": ["pw.txt"] + odd, "--file": ["লেখা ১.txt"] + odd, "--script": ["Beng", "Zzzz"] + odd,
               "--language": ["bn", "en"] + odd, "--no-cache": None}),
}
rng = random.Random(16)
per_command = int(os.environ.get("POTRO_COMBINATIONS", "24"))
bad_signs = ("terminate called", "Aborted", "Segmentation", "runtime error:", "Sanitizer",
             "core dumped", "what():")
failures, runs = [], 0
for command, (positionals, options) in commands.items():
    for _ in range(per_command if command != "bulk" else per_command // 3):
        args = [command]
        for opt in rng.sample(sorted(options), rng.randint(0, min(4, len(options)))):
            values = options[opt]
            args.append(opt)
            if values is not None:
                args.append(rng.choice(values))
        args += rng.sample(positionals, rng.choice([0, 1, 1, 1, 2]))
        rng.shuffle(args[1:]) if rng.random() < 0.2 else None
        try:
            p = subprocess.run([potro] + args, cwd=work, input=b"<minutes/>",
                               capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            failures.append((args, "timed out"))
            continue
        runs += 1
        err = p.stderr.decode("utf-8", "replace")
        problem = None
        if p.returncode not in (0, 1, 2):
            problem = f"exit {p.returncode}"
        elif any(s in err for s in bad_signs):
            problem = "crashed"
        elif p.returncode != 0 and not err.strip():
            problem = f"exit {p.returncode} without a message"
        elif p.returncode == 2 and "--help" not in err:
            problem = "a usage error without the hint"
        if problem:
            failures.append((args, problem + ": " + err.strip()[:300]))
for args, problem in failures:
    print("FAIL potro " + " ".join(repr(a) for a in args) + " -> " + problem)
print(f"{runs} combinations run, {len(failures)} failed")
sys.exit(1 if failures else 0)
