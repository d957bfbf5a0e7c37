#!/usr/bin/env bash
# The file benchmark: WRITE N records of about 200 bytes (each its own implicit transaction), READ N at
# random, SELECT/READNEXT them all, DELETE them all, on a hashed file and on a directory file, and the same
# four phases through the SQLite C API (bp/bench/native/sqlite_files.cpp, the physical limit). Prints the
# cost per operation of each and the ratios docs/performance.md records.
#
#   bp/bench/files.sh [--mvbasic PATH] [--native PATH] [N [DIR_N]]
#
# N defaults to 1,000,000. The directory file is measured with DIR_N records (default N / 10): one operating
# system file per record, each write flushed to disk, makes a million take very long; the cost per
# operation is what is compared. WRITE and DELETE run again on a hashed file with one index (a different key
# for each record) to show what keeping an index costs. Works in a temporary folder under $TMPDIR (default
# /tmp), removed at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mvbasic=$root/build/mvbasic
native=$root/build/bp/bench/native/sqlite_files
while [ $# -gt 0 ]; do
  case "$1" in
    --mvbasic) mvbasic=$2; shift 2 ;;
    --native) native=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
n=${1:-1000000}
dir_n=${2:-$((n / 10))}
work=$(mktemp -d "${TMPDIR:-/tmp}/mvbasic-bench-files-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$root/bp/bench/files.b" "$work/"
cd "$work"
"$mvbasic" create-file DATA HASHED >/dev/null
"$mvbasic" create-file DATA DIRFILE DIRECTORY >/dev/null
"$mvbasic" create-file INDEXED >/dev/null
"$mvbasic" run files.b INDEX INDEXED 0 >/dev/null

# phase FILE PHASE COUNT: runs one phase and prints its wall-clock seconds and its processor seconds (user +
# system), which a loaded machine disturbs less.
phase() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$mvbasic" run files.b "$2" "$1" "$3" >/dev/null
  awk '{ printf "%.3f %.3f", $1, $2 + $3 }' "$work/time"
}

declare -A hashed dir nat indexed
for p in WRITE READ SELECT DELETE; do hashed[$p]=$(phase HASHED $p "$n"); done
for p in WRITE DELETE; do indexed[$p]=$(phase INDEXED $p "$n"); done
for p in WRITE READ SELECT DELETE; do dir[$p]=$(phase DIRFILE $p "$dir_n"); done
while read -r name secs cpu _; do nat[${name^^}]="$secs $cpu"; done < <("$native" "$work/native.db" "$n")

echo "microseconds per operation, wall clock (processor time in brackets)"
printf '%-8s %18s %18s %18s %16s %16s\n' phase hashed directory native dir/hashed hashed/native
for p in WRITE READ SELECT DELETE; do
  awk -v p="$p" -v h="${hashed[$p]}" -v d="${dir[$p]}" -v c="${nat[$p]}" -v n="$n" -v dn="$dir_n" 'BEGIN {
    split(h, H, " "); split(d, D, " "); split(c, C, " ")
    hw = H[1] * 1e6 / n; hc = H[2] * 1e6 / n; dw = D[1] * 1e6 / dn; dc = D[2] * 1e6 / dn
    cw = C[1] * 1e6 / n; cc = C[2] * 1e6 / n
    printf "%-8s %8.2f (%7.2f) %8.2f (%7.2f) %8.2f (%7.2f) %6.1f (%6.1f) %6.2f (%6.2f)\n", p, hw, hc, dw, dc, cw, cc,
      dw / hw, dc / hc, hw / cw, hc / cc }'
done
for p in WRITE DELETE; do
  awk -v p="$p" -v h="${hashed[$p]}" -v x="${indexed[$p]}" -v n="$n" 'BEGIN {
    split(h, H, " "); split(x, X, " ")
    printf "%-8s with one index: %.2f (%.2f) us/op, %.2fx (%.2fx) the same phase without\n", p,
      X[1] * 1e6 / n, X[2] * 1e6 / n, X[1] / H[1], X[2] / H[2] }'
done
echo "(N = $n records for the hashed file and the native program, $dir_n for the directory file)"
