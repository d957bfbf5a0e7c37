#!/usr/bin/env bash
# Runs one golden program and compares its standard output byte for byte with the expected output.
#
#   run-golden.sh [--mvbasic PATH] PROGRAM
#
# PROGRAM is either DIR/NAME.b (run in DIR as `mvbasic run NAME.b`) or a folder NAME holding MAIN.b
# (run in NAME/ as `mvbasic run MAIN.b`, with the routines it CALLs or $INCLUDEs beside it). Beside the
# program, as in ../shared/conformance/run.sh:
#   NAME.out    the expected standard output (required)
#   NAME.in     standard input (otherwise /dev/null)
#   NAME.conf   configuration file, passed as MVBASIC_CONFIG (otherwise /dev/null: all defaults)
#   NAME.exit   the expected exit status: a number or "nonzero" (otherwise 0)
#   NAME.err    the expected standard error, byte for byte (otherwise standard error is not compared)
# The program may run for TEST_TIMEOUT seconds (default 60). Exit status 0 on a match, 1 on a mismatch
# (after printing a diff and the start of stderr), 2 on a usage error.
set -u
export LC_ALL=C
mvbasic=${MVBASIC:-mvbasic}
prog_arg=''
while [ $# -gt 0 ]; do
  case "$1" in
    --mvbasic) mvbasic=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) prog_arg=$1; shift ;;
  esac
done
if [ -z "$prog_arg" ]; then
  echo "run-golden: no program given" >&2
  exit 2
fi
case "$mvbasic" in
  */*) [ -e "$mvbasic" ] && mvbasic=$(cd "$(dirname "$mvbasic")" && pwd)/$(basename "$mvbasic") ;;
esac
if ! command -v "$mvbasic" >/dev/null 2>&1; then
  echo "run-golden: no mvbasic at '$mvbasic' (use --mvbasic PATH or MVBASIC=PATH)" >&2
  exit 2
fi

if [ -d "$prog_arg" ] && [ -f "$prog_arg/MAIN.b" ]; then
  dir=$(cd "$prog_arg" && pwd)
  prog=MAIN.b
  base=$dir
elif [ -f "$prog_arg" ]; then
  dir=$(cd "$(dirname "$prog_arg")" && pwd)
  prog=$(basename "$prog_arg")
  base=$dir/${prog%.b}
else
  echo "run-golden: no program at '$prog_arg'" >&2
  exit 2
fi
if [ ! -f "$base.out" ]; then
  echo "run-golden: no expected output $base.out" >&2
  exit 2
fi

input=/dev/null conf=/dev/null want=0
[ -f "$base.in" ] && input=$base.in
[ -f "$base.conf" ] && conf=$base.conf
[ -f "$base.exit" ] && want=$(tr -d ' \n' <"$base.exit")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$dir" && MVBASIC_CONFIG=$conf timeout "${TEST_TIMEOUT:-60}" "$mvbasic" run "$prog" \
    <"$input" >"$tmp/stdout" 2>"$tmp/stderr")
code=$?

ok=1
if ! cmp -s "$base.out" "$tmp/stdout"; then
  ok=0
  echo "FAIL ${base##*/}: standard output differs from ${base##*/}.out"
  diff -u -a --label expected --label actual "$base.out" "$tmp/stdout" | head -n 60
fi
if ! { [ "$code" = "$want" ] || { [ "$want" = nonzero ] && [ "$code" != 0 ]; }; }; then
  ok=0
  if [ "$code" = 124 ]; then
    echo "FAIL ${base##*/}: timed out after ${TEST_TIMEOUT:-60}s"
  else
    echo "FAIL ${base##*/}: exit status $code, expected $want"
  fi
fi
if [ -f "$base.err" ] && ! cmp -s "$base.err" "$tmp/stderr"; then
  ok=0
  echo "FAIL ${base##*/}: standard error differs from ${base##*/}.err"
  diff -u -a --label expected --label actual "$base.err" "$tmp/stderr" | head -n 60
fi
if [ "$ok" = 1 ]; then
  echo "PASS ${base##*/}"
  exit 0
fi
if [ -s "$tmp/stderr" ]; then
  echo "stderr:"
  head -n 20 "$tmp/stderr" | sed 's/^/    /'
fi
exit 1
