#!/usr/bin/env python3
"""The one-way flow of docs/architecture.md, checked on every #include of the library.

usage: include_rules.py STAGE_RULES ENGINE_DIR

STAGE_RULES is the build's stage_rules.txt (engine/CMakeLists.txt writes it from the same
potro_stage() calls that make the targets): `name: folder... | stage...`. A file of a stage may
include headers of its own stage and of the stages it depends on, directly or through others;
nothing of a later stage, and no sibling (pdf, docx and a future html exporter see none of each
other). The public headers (include/potro/) belong to the stage that implements them and
include nothing but each other and the standard library. Prints every violation as
file:line: message and exits 1 when there is one.
"""
import re
import sys
from pathlib import Path

# The public headers, by the stage that implements them.
PUBLIC = {
    "potro/diagnostic.h": "base",
    "potro/source.h": "io",
    "potro/bulk.h": "bulk",
    "potro/potro.h": "api",
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def read_rules(path):
    folders, deps = {}, {}
    for line in Path(path).read_text().splitlines():
        if not line.strip():
            continue
        name, rest = line.split(":", 1)
        dirs, _, stages = rest.partition("|")
        for d in dirs.split():
            folders[d] = name
        deps[name] = stages.split()
    return folders, deps


def closure(deps):
    seen = {}

    def visit(stage):
        if stage not in seen:
            seen[stage] = set()
            for d in deps.get(stage, []):
                seen[stage] |= {d} | visit(d)
        return seen[stage]

    for s in deps:
        visit(s)
    return seen


def stage_of(rel, folders):
    """The stage of a path relative to engine/ (a file or an included header), or None."""
    if rel in PUBLIC:
        return PUBLIC[rel]
    if rel.startswith("include/"):
        return PUBLIC.get(rel[len("include/"):])
    parts = rel.split("/")
    for n in range(len(parts) - 1, 0, -1):
        folder = "/".join(parts[:n])
        if folder in folders:
            return folders[folder]
    return None


def main():
    rules, engine = sys.argv[1], Path(sys.argv[2])
    folders, deps = read_rules(rules)
    allowed = closure(deps)
    problems = []
    files = sorted(p for p in engine.rglob("*") if p.suffix in (".h", ".cpp"))
    for f in files:
        rel = f.relative_to(engine).as_posix()
        stage = stage_of(rel, folders)
        if stage is None:
            problems.append(f"{rel}:1: the file is in no stage; add its folder to a "
                            "potro_stage() in engine/CMakeLists.txt")
            continue
        public = rel.startswith("include/")
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            header = m.group(1)
            if public and header not in PUBLIC:
                problems.append(f"{rel}:{n}: the public header includes \"{header}\"; public "
                                "headers include only potro/ headers and the standard library")
                continue
            target = stage_of(header, folders)
            if target is None:
                problems.append(f"{rel}:{n}: \"{header}\" belongs to no stage")
            elif target != stage and target not in allowed[stage]:
                later = stage in allowed.get(target, set())
                why = "a later stage" if later else "a stage it does not depend on (a sibling)"
                problems.append(f"{rel}:{n}: {stage} includes \"{header}\" of {target}, "
                                f"{why}; see docs/architecture.md")
    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} include rule violations")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
