#!/usr/bin/env bash
# Installs the build tree into a scratch prefix and checks the installed layout: PREFIX/bin/mvbasic runs a
# program that includes SYSCOM KEYS.H, and the include records sit in PREFIX/share/mvbasic/syscom, which the
# installed mvbasic reads in preference to the source tree's copy. The manual page and the bash completion
# script are installed too: the page renders (with man, else groff or mandoc, else its header is checked) and
# names the version mvbasic prints, and the completion script registers a completion for mvbasic.
#
#   install_test.sh CMAKE BUILD_DIR
set -u
cmake=$1 build=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
for f in bin/mvbasic share/mvbasic/syscom/KEYS.H share/mvbasic/syscom/ERR.H share/man/man1/mvbasic.1 \
         share/bash-completion/completions/mvbasic; do
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

page=$prefix/share/man/man1/mvbasic.1
version=$("$prefix/bin/mvbasic" --version | awk '{print $2}')
grep -q "^\.TH MVBASIC 1 .*\"mvbasic $version\"" "$page" || { echo "FAIL: mvbasic.1's .TH line does not name version $version"; exit 1; }
if command -v man >/dev/null 2>&1; then
  rendered=$(MANROFFOPT=-ww MANWIDTH=80 man -l "$page" 2>"$prefix/render.err")
elif command -v groff >/dev/null 2>&1; then
  rendered=$(groff -man -Tutf8 -ww "$page" 2>"$prefix/render.err")
elif command -v mandoc >/dev/null 2>&1; then
  rendered=$(mandoc -W warning "$page" 2>"$prefix/render.err")
else
  rendered=$(sed -n '1,12p' "$page")
  echo "note: no man, groff or mandoc; only the page's first lines are checked"
fi
for want in "mvbasic" "SYNOPSIS" "EXIT STATUS" "MVBASIC_CONFIG" "NO_COLOR"; do
  case $rendered in *"$want"*) ;; *) echo "FAIL: the rendered mvbasic(1) lacks '$want':"; echo "$rendered" | head -20; exit 1 ;; esac
done
if [ -s "$prefix/render.err" ]; then echo "FAIL: rendering mvbasic(1) complained:"; cat "$prefix/render.err"; exit 1; fi

completion=$(bash -c 'source "$1" && complete -p mvbasic' _ "$prefix/share/bash-completion/completions/mvbasic" 2>&1)
case $completion in *"-F _mvbasic"*) ;; *) echo "FAIL: the installed completion script: $completion"; exit 1 ;; esac
echo "PASS install.prefix"
