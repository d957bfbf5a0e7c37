#!/usr/bin/env bash
# Installs the build tree into a scratch prefix and checks the installed layout: PREFIX/bin/mvbasic runs a
# program that includes SYSCOM KEYS.H, and the include records sit in PREFIX/share/mvbasic/syscom, which the
# installed mvbasic reads in preference to the source tree's copy.
#
#   install_test.sh CMAKE BUILD_DIR
set -u
cmake=$1 build=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
for f in bin/mvbasic share/mvbasic/syscom/KEYS.H share/mvbasic/syscom/ERR.H; do
  [ -e "$prefix/$f" ] || { echo "FAIL: $f was not installed"; exit 1; }
done
# A marker only the installed copy has shows which SYSCOM the compiler read.
printf 'EQU INSTALLED.SYSCOM TO "installed"\n' >> "$prefix/share/mvbasic/syscom/KEYS.H"
cat > "$prefix/t.b" <<'PROG'
$INCLUDE SYSCOM KEYS.H
PRINT SKT$INFO.PEER.ADDR : " " : INSTALLED.SYSCOM
PROG
out=$(cd "$prefix" && MVBASIC_CONFIG=/dev/null "$prefix/bin/mvbasic" run t.b 2>&1)
if [ "$out" != "108 installed" ]; then
  echo "FAIL: the installed mvbasic printed: $out"
  exit 1
fi
echo "PASS install.prefix"
