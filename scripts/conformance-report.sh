#!/usr/bin/env bash
# Runs one area of the shared QM conformance suite (../shared/conformance/run.sh) and ends with one tagged
# line that scripts/build-and-test.sh collects into its summary:
#   conformance <area>: N passed, N failed            (a required area)
#   conformance_report <area>: N passed, N failed     (a reported area)
#
#   conformance-report.sh [--required] [--run PATH/run.sh] [--mvbasic PATH] [--area NAME] DIR
#
# With --required the exit status is run.sh's (1 when any program failed) and run.sh's full output is shown.
# Without it the area is only reported: the script always exits 0, shows just the failing programs, gives
# each program TEST_TIMEOUT seconds (default 10) and the whole area AREA_TIMEOUT seconds (default 240), so
# an area whose features are not written yet cannot stall CI.
set -u
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
run_sh=$here/../../shared/conformance/run.sh
mvbasic=${MVBASIC:-mvbasic}
required=0
area=''
dir=''
while [ $# -gt 0 ]; do
  case "$1" in
    --required) required=1; shift ;;
    --run) run_sh=$2; shift 2 ;;
    --mvbasic) mvbasic=$2; shift 2 ;;
    --area) area=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) dir=$1; shift ;;
  esac
done
if [ -z "$dir" ] || [ ! -d "$dir" ]; then
  echo "conformance-report: no area folder '$dir'" >&2
  [ "$required" = 1 ] && exit 2
  exit 0
fi
[ -n "$area" ] || area=$(basename "$dir")
if [ ! -f "$run_sh" ]; then
  echo "conformance-report: no run.sh at '$run_sh'; skipped" >&2
  [ "$required" = 1 ] && exit 2
  exit 0
fi

if [ "$required" = 1 ]; then
  tag=conformance
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  bash "$run_sh" --mvbasic "$mvbasic" "$dir" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  echo "$tag $area: ${counts:-no count (run.sh exit $rc)}"
  exit "$rc"
fi

tag=conformance_report
log=$(mktemp)
trap 'rm -f "$log"' EXIT
TEST_TIMEOUT=${TEST_TIMEOUT:-10} timeout "${AREA_TIMEOUT:-240}" bash "$run_sh" --mvbasic "$mvbasic" "$dir" \
  >"$log" 2>&1
rc=$?
grep -E '^FAIL ' "$log"
counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
if [ -z "$counts" ]; then
  # run.sh did not finish (area timeout) or could not start: count what it printed so far.
  passed=$(grep -c '^PASS ' "$log")
  failed=$(grep -c '^FAIL ' "$log")
  if [ "$rc" = 124 ]; then
    total=$(find "$dir" -name '*.out' -type f | wc -l)
    counts="$passed passed, $failed failed (stopped after ${AREA_TIMEOUT:-240}s; $total programs in all)"
  else
    counts="$passed passed, $failed failed (run.sh exit $rc)"
    head -n 5 "$log"
  fi
fi
echo "$tag $area: $counts"
exit 0
