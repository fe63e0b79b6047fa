#!/usr/bin/env bash
# Signed-ready minutes: the signature blocks carry empty fields; potro sign fills one with a
# throwaway certificate, pdfsig finds it valid and covering the whole file but the signature;
# the original bytes are untouched; a changed byte breaks it; a second signature keeps the
# first valid; mistakes are clear errors.
set -euo pipefail
bin=$1 examples=$2 outdir=$3 tools=$4
work="$outdir/sign"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
openssl req -x509 -newkey rsa:2048 -keyout key.pem -out cert.pem -days 30 -nodes \
  -subj "/CN=Indrajit Saha/O=Divisional Commissioner's Office, Rangpur" 2> /dev/null
echo 'throwaway secret' > pw.txt
openssl pkcs12 -export -inkey key.pem -in cert.pem -out signer.p12 -passout file:pw.txt

"$bin" render "$examples/rangpur-good-governance.xml" -o . --pdf --pdfa
python3 "$tools/pdfa_check.py" rangpur-good-governance.pdf 2
pdfsig rangpur-good-governance.pdf > fields.txt || true
grep -q 'Signature Field Name: chair' fields.txt
grep -q 'Signature Field Name: issuer' fields.txt
[ "$(grep -c 'The signature form field is not signed' fields.txt)" = 2 ]
echo "ok: two empty signature fields, chair and issuer"

"$bin" sign rangpur-good-governance.pdf --field chair --p12 signer.p12 --password-file pw.txt \
  -o signed.pdf
pdfsig signed.pdf > one.txt || true
grep -q 'Signature Validation: Signature is Valid' one.txt
grep -q 'Total document signed' one.txt
grep -q 'Signature Type: ETSI.CAdES.detached' one.txt
grep -q 'Signer Certificate Common Name: Indrajit Saha' one.txt
cmp -n "$(stat -c %s rangpur-good-governance.pdf)" rangpur-good-governance.pdf signed.pdf
qpdf --check signed.pdf > /dev/null
echo "ok: signed; valid, the whole file covered, the original bytes kept"

# The visible appearance: the signed field draws text in an embedded font; the file is still
# PDF/A-2u after the update.
python3 - <<'PY'
import base64, json, subprocess
j = json.loads(subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
                               "--decode-level=generalized", "signed.pdf"],
                              capture_output=True, check=True).stdout)
objs = j["qpdf"][1]
def val(r):
    o = objs[f"obj:{r}"] if isinstance(r, str) and r.endswith(" R") else r
    return o.get("value", o.get("stream", {}).get("dict")) if isinstance(o, dict) else o
chair = [v["value"] for v in objs.values() if isinstance(v.get("value"), dict)
         and v["value"].get("/FT") == "/Sig" and v["value"].get("/T") == "u:chair"][0]
assert "/V" in chair, "the chair field has no signature"
n = chair["/AP"]["/N"]
ap = objs[f"obj:{n}"]["stream"]
content = base64.b64decode(ap["data"])
assert b"BT" in content and b"TJ" in content, content[:200]
fonts = val(ap["dict"]["/Resources"])["/Font"]
assert fonts, "the appearance names no font"
print(f"ok: the signed field shows text in {len(fonts)} embedded fonts")
PY
python3 "$tools/pdfa_check.py" signed.pdf 2

python3 - <<'PY'
data = bytearray(open("signed.pdf", "rb").read())
data[3000] ^= 1
open("tampered.pdf", "wb").write(data)
PY
pdfsig tampered.pdf > bad.txt 2>&1 || true
! grep -q 'Signature is Valid' bad.txt
echo "ok: a byte changed after signing: $(grep 'Validation:' bad.txt | head -1 | sed 's/^ *//')"

"$bin" sign signed.pdf --field issuer --p12 signer.p12 --password-file pw.txt -o signed2.pdf
pdfsig signed2.pdf > two.txt || true
[ "$(grep -c 'Signature Validation: Signature is Valid' two.txt)" = 2 ]
cmp -n "$(stat -c %s signed.pdf)" signed.pdf signed2.pdf
echo "ok: a second signatory signs the second field; both signatures are valid"

set +e
"$bin" sign rangpur-good-governance.pdf --field nobody --p12 signer.p12 --password-file pw.txt \
  -o x.pdf 2> err.txt; [ $? = 1 ] && grep -q 'its fields are: chair, issuer' err.txt || exit 1
"$bin" sign signed.pdf --field chair --p12 signer.p12 --password-file pw.txt -o x.pdf 2> err.txt
[ $? = 1 ] && grep -q 'is signed already' err.txt || exit 1
echo nope > wrong.txt
"$bin" sign rangpur-good-governance.pdf --field chair --p12 signer.p12 --password-file wrong.txt \
  -o x.pdf 2> err.txt; [ $? = 1 ] && grep -q 'wrong password' err.txt || exit 1
"$bin" sign rangpur-good-governance.pdf --field chair --p12 signer.p12 -o x.pdf 2> err.txt
[ $? = 1 ] && grep -q 'protected by a password and none was given.*--password-file' err.txt || exit 1
"$bin" sign rangpur-good-governance.pdf --field chair -o x.pdf 2> /dev/null; [ $? = 2 ] || exit 1
[ ! -e x.pdf ] || exit 1
echo "ok: unknown field, signed field, wrong password and usage errors; nothing written"
