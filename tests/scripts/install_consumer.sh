#!/usr/bin/env bash
# `cmake --install` into a fresh prefix, then a program outside the build links the installed
# library twice — through find_package(potro) and through pkg-config — and renders an example
# from memory; its PDF must be the bytes the golden list records, and the installed library
# must find the installed templates (not the source tree).
set -euo pipefail
build=$(realpath "$1") src=$(realpath "$2") work=$(realpath "$3")/install-consumer golden=$(realpath "$4")
flags=${5:-}  # compiler flags the consumer needs (a sanitized build's)
example=rangpur-good-governance
rm -rf "$work"; mkdir -p "$work"
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" > "$work/install.log"
want=$(grep " examples/$example.pdf\$" "$golden" | cut -d' ' -f1)
check() {  # $1: how it was built, $2: the program
  (cd "$work" && "$2" "$src/examples/$example.xml" "$work/$1.pdf" > "$work/$1.txt")
  grep -q "templates in $prefix/share/potro/templates" "$work/$1.txt" ||
    { echo "FAIL ($1): the installed library does not use the installed templates:"; cat "$work/$1.txt"; exit 1; }
  grep -q '^kind minutes$' "$work/$1.txt" || { echo "FAIL ($1): no kinds listed"; exit 1; }
  got=$(sha256sum "$work/$1.pdf" | cut -d' ' -f1)
  [ "$got" = "$want" ] || { echo "FAIL ($1): the PDF differs from the recorded bytes"; exit 1; }
  echo "$1: $(tail -1 "$work/$1.txt"), bytes as recorded"
}
cmake -S "$src/tests/install" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS="$flags" > "$work/cmake.log"
cmake --build "$work/cmake-build" > "$work/cmake-build.log"
check find_package "$work/cmake-build/consumer"

pc=$(dirname "$(find "$prefix" -name potro.pc | head -1)")
export PKG_CONFIG_PATH=$pc
pc_flags=$(pkg-config --cflags --libs potro)
libdir=$(pkg-config --variable=libdir potro)
echo "pkg-config --cflags --libs potro: $pc_flags"
c++ -std=c++20 $flags "$src/tests/install/consumer.cpp" -o "$work/consumer-pc" $pc_flags \
    -Wl,-rpath,"$libdir"
check pkg-config "$work/consumer-pc"
