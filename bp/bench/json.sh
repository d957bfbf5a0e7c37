#!/usr/bin/env bash
# The JSON benchmark: JPARSE() and JBUILD() of a 10 MB document (bp/bench/json_doc.py writes it) against
# python3's json.loads and json.dumps of the same document. Each side reports the best of RUNS runs in
# milliseconds, timed inside the program around the parse and the build only; the script prints both and
# the ratios docs/performance.md records (mvbasic's time / python3's; below 1 is faster).
#
#   bp/bench/json.sh [--mvbasic PATH] [MEGABYTES [RUNS]]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mvbasic=$root/build/mvbasic
if [ "${1:-}" = --mvbasic ]; then mvbasic=$2; shift 2; fi
mb=${1:-10}
runs=${2:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/mvbasic-bench-json-XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 "$root/bp/bench/json_doc.py" "$work/doc.json" "$mb"
cp "$root/bp/bench/json.b" "$work/"
mv_line=$(cd "$work" && "$mvbasic" run json.b "$work/doc.json" "$runs")
py_line=$(python3 "$root/bp/bench/json_py.py" "$work/doc.json" "$runs")
echo "document: $(wc -c < "$work/doc.json") bytes"
echo "mvbasic: $mv_line"
echo "python3: $py_line"
awk -v m="$mv_line" -v p="$py_line" 'BEGIN {
  split(m, a, " "); split(p, b, " ")
  printf "JPARSE / json.loads: %.2f   JBUILD / json.dumps: %.2f   both: %.2f\n", a[2] / b[2], a[4] / b[4], (a[2] + a[4]) / (b[2] + b[4])
}'
