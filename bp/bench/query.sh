#!/usr/bin/env bash
# The query benchmark (bp/bench/query.b): loads N orders into a hashed file with an index on CUST, then
# times, each as its own `mvbasic run`: SSELECT with one WITH and one BY, COUNT with WITH on the indexed
# field and on an unindexed one, and the same selections as BASIC READNEXT/READ loops. Prints seconds per
# phase; docs/performance.md records them.
#
#   bp/bench/query.sh [--mvbasic PATH] [N]
#
# N defaults to 1,000,000. Works in a temporary folder under $TMPDIR (default /tmp), removed at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mvbasic=$root/build/mvbasic
while [ $# -gt 0 ]; do
  case "$1" in
    --mvbasic) mvbasic=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
n=${1:-1000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/mvbasic-bench-query-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$root/bp/bench/query.b" "$work/"
cd "$work"
# Elapsed time, and the CPU time the process used (on a shared machine the elapsed time of a phase that
# reads a million records also holds its waits for the disk).
printf '%-8s %9s %9s  %s\n' phase elapsed cpu result
for phase in LOAD SSELECT LOOP INDEXED LOOPC7 SCAN; do
  /usr/bin/time -o times -f '%e %U %S' "$mvbasic" run query.b "$phase" "$n" >out
  read -r elapsed user sys <times
  printf '%-8s %8.2fs %8.2fs  %s\n' "$phase" "$elapsed" "$(echo "$user + $sys" | bc)" "$(tail -1 out)"
done
