#!/usr/bin/env bash
# Bad input and bad usage: a clear message, the right exit code, and no output file.
set -uo pipefail
bin=$1 outdir=$2
mkdir -p "$outdir/cli"
cd "$outdir/cli"
fail=0
expect() {  # expect CODE PATTERN -- command...
  local code=$1 pattern=$2; shift 3
  local err; err=$("$@" 2>&1 >/dev/null); local got=$?
  if [ "$got" != "$code" ] || ! grep -qE -- "$pattern" <<<"$err"; then
    echo "FAIL: $* -> exit $got, stderr: $err"; fail=1
  else
    echo "ok: $* -> exit $got: $(head -1 <<<"$err")"
  fi
}
printf 'ভালো\nলাইন \xff ভাঙা\n' > bad.txt
rm -f bad.pdf
expect 1 '^bad.txt:2:6: error: .*UTF-8' -- "$bin" typeset bad.txt -o bad.pdf
[ ! -e bad.pdf ] || { echo "FAIL: bad.pdf was written"; fail=1; }
ls | grep -q 'tmp-' && { echo "FAIL: a temporary file was left"; fail=1; }
expect 1 'missing.txt: error: cannot open' -- "$bin" typeset missing.txt -o x.pdf
expect 2 'give exactly one input' -- "$bin" typeset
expect 2 'unknown command' -- "$bin" frobnicate
expect 2 '--align takes' -- "$bin" typeset bad.txt --align sideways
printf 'কখগ\n' > ok.txt
expect 1 'not a font' -- "$bin" typeset ok.txt -o ok.pdf --bengali-font bad.txt
printf 'চীনা 中 অক্ষর\n' > cjk.txt
expect 0 'cjk.txt:1:6: warning: .*U\+4E2D' -- "$bin" typeset cjk.txt -o cjk.pdf
[ -s cjk.pdf ] || { echo "FAIL: cjk.pdf missing"; fail=1; }
"$bin" --version | grep -q '^potro [0-9]' || { echo "FAIL: --version"; fail=1; }
exit $fail
