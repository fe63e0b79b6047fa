#!/usr/bin/env python3
"""Checks documents' JSON against their kind's JSON Schema (templates/json/KIND.schema.json),
and that a document with a mistake in its shape is refused by it.

usage: json_schema_check.py SCHEMA_DIR FILE.json...
"""
import json
import sys
from pathlib import Path

import jsonschema

schema_dir = Path(sys.argv[1])
failures = 0
checked = 0
for name in sys.argv[2:]:
    doc = json.loads(Path(name).read_text())
    kind = next(iter(doc))
    schema = json.loads((schema_dir / (kind + ".schema.json")).read_text())
    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(doc))
    if errors:
        failures += 1
        print("FAIL: %s: %s at %s" % (name, errors[0].message[:200], "/".join(map(str, errors[0].absolute_path))))
    checked += 1
    # The same document with an element its kind does not have must be refused.
    doc[kind]["no-such-element"] = "x"
    if validator.is_valid(doc):
        failures += 1
        print("FAIL: %s: an unknown element passes the schema" % name)
    del doc[kind]["no-such-element"]
    doc[kind]["date" if "date" in doc[kind] else "subject"] = {"@no-such-attribute": "x"}
    if validator.is_valid(doc):
        failures += 1
        print("FAIL: %s: an unknown attribute passes the schema" % name)
print("%d documents checked against their JSON Schema, %d failed" % (checked, failures))
sys.exit(1 if failures else 0)
