#!/usr/bin/env bash
# Every command that takes a file, with the file named bare, as ./NAME, by an absolute path,
# inside a Bangla folder name with a space, and from another working folder (../…): each
# works (an early version aborted on a bare name with --pdfa=3) and writes where it is told.
set -uo pipefail
bin=$1 examples=$2 outdir=$3
work="$outdir/paths"
rm -rf "$work" && mkdir -p "$work/সভা ফাইল" "$work/other"
dir="$work/সভা ফাইল"
cp "$examples/minutes-enothi-committee.xml" "$examples/meeting-notice-enothi-committee.xml" "$dir/"
printf 'সভার কার্যবিবরণী\n\nদ্বিতীয় অনুচ্ছেদ।\n' > "$dir/লেখা ১.txt"
(cd "$work" && openssl req -x509 -newkey rsa:2048 -keyout key.pem -out cert.pem -days 30 -nodes \
   -subj "/CN=Path Tester" 2> /dev/null &&
 openssl pkcs12 -export -inkey key.pem -in cert.pem -out "$dir/স্বাক্ষর.p12" -passout pass:)
fail=0 n=0
run() {  # run LABEL CWD COMMAND... : exits 0, no abort, nothing on stderr but warnings
  local label=$1 cwd=$2; shift 2
  local err; err=$(cd "$cwd" && "$@" 2>&1 >/dev/null); local rc=$?
  n=$((n + 1))
  if [ $rc != 0 ] || grep -qiE 'terminate|abort|exception|error:' <<<"$err"; then
    echo "FAIL [$label] $* (in $cwd) -> exit $rc: $err"; fail=1
  fi
}
want() { [ -s "$1" ] || { echo "FAIL: $1 was not written"; fail=1; }; }

doc=minutes-enothi-committee
i=0
for form in bare dot absolute other; do
  case $form in
    bare) cwd=$dir f=$doc.xml out=out-$form ;;
    dot) cwd=$dir f=./$doc.xml out=./out-$form ;;
    absolute) cwd=/ f=$dir/$doc.xml out=$dir/out-$form ;;
    other) cwd=$work/other f="../সভা ফাইল/$doc.xml" out="../সভা ফাইল/out-$form" ;;
  esac
  o=$dir/out-$form
  run "$form" "$cwd" "$bin" render "$f" --pdfa=3 -o "$out"
  want "$o/$doc.pdf"; want "$o/$doc.docx"
  run "$form" "$cwd" "$bin" render "$f" --pdf -o "$out/আরেক ফোল্ডার"
  want "$o/আরেক ফোল্ডার/$doc.pdf"
  run "$form" "$cwd" "$bin" validate "$f"
  run "$form" "$cwd" "$bin" fonts "$f"
  run "$form" "$cwd" "$bin" convert "$f" --to json -o "$out/$doc.json"
  want "$o/$doc.json"
  run "$form" "$cwd" "$bin" convert "$out/$doc.json" --to xml -o "$out/back.xml"
  want "$o/back.xml"
  run "$form" "$cwd" "$bin" extract "$out/$doc.pdf" -o "$out/উৎস"
  want "$o/উৎস/$doc.xml"
  run "$form" "$cwd" "$bin" sign "$out/আরেক ফোল্ডার/$doc.pdf" --field chair \
      --p12 "$(dirname "$f")/স্বাক্ষর.p12" -o "$out/স্বাক্ষরিত.pdf"
  want "$o/স্বাক্ষরিত.pdf"
  run "$form" "$cwd" "$bin" typeset "$(dirname "$f")/লেখা ১.txt" -o "$out/লেখা.pdf"
  want "$o/লেখা.pdf"
  run "$form" "$cwd" "$bin" new letter -o "$out/নতুন পত্র.xml"
  want "$o/নতুন পত্র.xml"
  i=$((i + 1))
done
# bulk takes a folder: the Bangla one, named bare, relative and absolute.
mkdir -p "$work/বাল্ক ইনপুট"
cp "$dir/$doc.xml" "$dir/meeting-notice-enothi-committee.xml" "$work/বাল্ক ইনপুট/"
run bulk-bare "$work" "$bin" bulk "বাল্ক ইনপুট" -o "বাল্ক আউট ১" --pdf --quiet
run bulk-dot "$work" "$bin" bulk "./বাল্ক ইনপুট" -o "./বাল্ক আউট ২" --pdf --quiet
run bulk-absolute / "$bin" bulk "$work/বাল্ক ইনপুট" -o "$work/বাল্ক আউট ৩" --pdf --quiet
run bulk-other "$work/other" "$bin" bulk "../বাল্ক ইনপুট" -o "../বাল্ক আউট ৪" --pdf --quiet
for k in ১ ২ ৩ ৪; do want "$work/বাল্ক আউট $k/index.pdf"; done
[ $fail = 0 ] && echo "ok: $n commands with bare, ./, absolute, Bangla-and-space and ../ paths"
exit $fail
