#!/usr/bin/env bash
# Every part of every example's DOCX valid against the ISO/IEC 29500 transitional schemas
# (../shared/ooxml-xsd beside the repository; the schemas are not copied into it): the WML
# parts against wml.xsd, the package parts against the OPC schemas. docProps/core.xml needs
# the Dublin Core schemas, which are not there, and is checked by python-docx elsewhere.
# Exits 77 (skipped) when the schemas are not on this machine.
set -euo pipefail
bin=$1 examples=$2 xsd=$3 out=$4/docx-schemas
[ -f "$xsd/wml.xsd" ] || { echo "skipped: no OOXML schemas at $xsd"; exit 77; }
rm -rf "$out"; mkdir -p "$out"
fail=0 parts=0
for xml in "$examples"/*.xml; do
  name=$(basename "$xml" .xml)
  "$bin" render "$xml" -o "$out" --docx -q
  mkdir -p "$out/$name"
  (cd "$out/$name" && unzip -q "../$name.docx")
  while IFS= read -r part; do
    case $part in
      word/_rels/*|_rels/*) schema=opc-relationships.xsd ;;
      "[Content_Types].xml") schema=opc-contentTypes.xsd ;;
      docProps/app.xml) schema=shared-documentPropertiesExtended.xsd ;;
      docProps/core.xml) continue ;;
      word/*.xml) schema=wml.xsd ;;
      *) continue ;;
    esac
    parts=$((parts + 1))
    if ! xmllint --noout --schema "$xsd/$schema" "$out/$name/$part" 2> "$out/err.txt"; then
      echo "FAIL: $name.docx $part:"; grep -v 'validates$' "$out/err.txt" | head -3; fail=1
    fi
  done < <(cd "$out/$name" && find . -type f \( -name '*.xml' -o -name '*.rels' \) | sed 's|^\./||' | sort)
done
[ $fail = 0 ] && echo "$parts parts of $(ls "$examples"/*.xml | wc -l) DOCX files valid against the OOXML schemas"
exit $fail
