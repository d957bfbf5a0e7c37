#!/usr/bin/env bash
# The README's test command and what CI runs (.ci/run). It installs the Debian packages, builds mvbasic
# with warnings as errors and runs every test, then builds it again under AddressSanitizer and
# UndefinedBehaviorSanitizer and runs every test again.
#
#   scripts/build-and-test.sh [--jobs N] [--no-asan]
#
# Build trees (reruns are incremental):
#   build-ci    Release, -DMVBASIC_WERROR=ON
#   build-asan  Debug, -DMVBASIC_WERROR=ON -DMVBASIC_SANITIZE=ON, run with leak detection on
#   build-fuzz  only when the top-level CMakeLists.txt offers MVBASIC_FUZZ: clang++-14 with -DMVBASIC_FUZZ=ON,
#               then the ctest cases labelled "fuzz" (each must bound its own running time)
# It ends with ctest's summary for each tree and the conformance counts, and exits non-zero when a build
# fails or any test fails.
set -uo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2

jobs=$(nproc 2>/dev/null || echo 2)
asan=1
while [ $# -gt 0 ]; do
  case "$1" in
    --jobs|-j) jobs=$2; shift 2 ;;
    --no-asan) asan=0; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build-and-test: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

start=$SECONDS
summaries=()
failed=0

banner() { printf '\n==== %s (%ds)\n' "$*" "$((SECONDS - start))"; }

# configure DIR ARGS...: -G Ninja only on a fresh tree, so an old tree made by another generator still works.
configure() {
  local dir=$1; shift
  local gen=()
  [ -f "$dir/CMakeCache.txt" ] || gen=(-G Ninja)
  cmake -S . -B "$dir" "${gen[@]}" "$@"
}

# build_and_test NAME DIR [CTEST-ARGS...] -- [CMAKE-ARGS...]: a build failure stops the script at once,
# a test failure is remembered so that the next tree still runs and reports.
build_and_test() {
  local name=$1 dir=$2; shift 2
  local ctest_args=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do ctest_args+=("$1"); shift; done
  [ $# -gt 0 ] && shift

  banner "$name: configure $dir"
  if ! configure "$dir" "$@"; then
    echo "build-and-test: configuring $dir failed" >&2
    exit 1
  fi
  banner "$name: build $dir"
  # build_targets (when set) limits the build to what that tree's tests run.
  local targets=()
  [ -n "${build_targets:-}" ] && targets=(--target $build_targets)
  if ! cmake --build "$dir" -j "$jobs" "${targets[@]}"; then
    echo "build-and-test: building $dir failed" >&2
    exit 1
  fi
  banner "$name: test $dir"
  local log=$dir/ctest-output.log rc
  ctest --test-dir "$dir" --output-on-failure --no-tests=error --timeout 600 -j "$jobs" "${ctest_args[@]}" \
    2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  [ "$rc" -eq 0 ] || failed=1
  # ctest's own summary lines, and the tagged count lines the conformance tests print (their output is kept in
  # LastTest.log even when they pass).
  local lines
  lines=$(grep -E '^[0-9]+% tests passed|^Total Test time|^The following tests|^[[:space:]]+[0-9]+ - ' "$log")
  if [ -f "$dir/Testing/Temporary/LastTest.log" ]; then
    lines+=$'\n'$(grep -aE '^conformance[^ ]* [^ ]+: ' "$dir/Testing/Temporary/LastTest.log" | LC_ALL=C sort -u)
  fi
  summaries+=("[$name] exit $rc"$'\n'"$lines")
}

banner "dependencies"
bash scripts/setup-deps.sh || { echo "build-and-test: setup-deps failed" >&2; exit 1; }

build_and_test release build-ci -- -DCMAKE_BUILD_TYPE=Release -DMVBASIC_WERROR=ON

if [ "$asan" = 1 ]; then
  export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
  build_and_test asan build-asan -- -DCMAKE_BUILD_TYPE=Debug -DMVBASIC_WERROR=ON -DMVBASIC_SANITIZE=ON
  unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
fi

if grep -q MVBASIC_FUZZ CMakeLists.txt && command -v clang++-14 >/dev/null 2>&1; then
  # Only the fuzz targets: the rest of the tree is built and tested twice above already.
  build_targets="compile_fuzz deserialize_fuzz json_fuzz" build_and_test fuzz build-fuzz -L fuzz -- \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DMVBASIC_FUZZ=ON
fi

banner "summary"
for s in "${summaries[@]}"; do
  printf '%s\n\n' "$s"
done
if [ "$failed" -ne 0 ]; then
  echo "build-and-test: FAILED ($((SECONDS - start))s)"
  exit 1
fi
echo "build-and-test: all passed ($((SECONDS - start))s)"
