#!/usr/bin/env bash
# Runs the benchmarks in bp/bench side by side with their Lua 5.4 equivalents, then the workloads (a)-(e)
# (against ScarletDME where it is installed), and prints markdown tables of times, ratios and targets.
#
#   scripts/bench.sh [--mvbasic PATH] [--lua PATH] [--runs N] [--only REGEX] [--write] [--check]
#
#   --mvbasic PATH  the mvbasic to measure (default: build/mvbasic, else build-ci/mvbasic); use a Release build
#   --lua PATH      the Lua interpreter (default: lua5.4)
#   --runs N        timed runs of each program (default 5); the median is reported
#   --only REGEX    only the benchmarks whose name matches (the dynarray doubling needs both dynarray_*)
#   --write         also rewrite the figures section of docs/performance.md
#   --check         exit 1 when a target is missed (outputs that disagree always give exit 1)
#
# Each pair runs interleaved (mvbasic, Lua, mvbasic, Lua, ...) in the same session, after one untimed warm-up
# run of each that also fills mvbasic's bytecode cache and checks the two outputs agree. Wall-clock time is
# taken with bash's EPOCHREALTIME around each process, so it includes process start-up for both sides.
set -u
export LC_ALL=C

root=$(cd "$(dirname "$0")/.." && pwd)
bench_dir=$root/bp/bench
doc=$root/docs/performance.md
mvbasic=''
lua=lua5.4
runs=5
startup_runs=21
only=''
write=0
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --mvbasic) mvbasic=$2; shift 2 ;;
    --lua) lua=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --write) write=1; shift ;;
    --check) check=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

if [ -z "$mvbasic" ]; then
  for candidate in "$root/build/mvbasic" "$root/build-ci/mvbasic"; do
    if [ -x "$candidate" ]; then mvbasic=$candidate; break; fi
  done
fi
case "$mvbasic" in
  */*) [ -e "$mvbasic" ] && mvbasic=$(cd "$(dirname "$mvbasic")" && pwd)/$(basename "$mvbasic") ;;
esac
if [ -z "$mvbasic" ] || ! command -v "$mvbasic" >/dev/null 2>&1; then
  echo "bench: no mvbasic found (build it, or use --mvbasic PATH)" >&2
  exit 2
fi
if ! command -v "$lua" >/dev/null 2>&1; then
  echo "bench: no Lua at '$lua' (scripts/setup-deps.sh installs lua5.4)" >&2
  exit 2
fi
if [ "$write" = 1 ] && [ -n "$only" ]; then
  echo "bench: --write records the full set; drop --only" >&2
  exit 2
fi
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "bench: --runs needs a positive number" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$bench_dir" || exit 2

# timed OUT CMD...: runs CMD with stdout to OUT and stderr to $tmp/stderr; sets elapsed_us. No subshell and no
# date(1) inside the measured span, so the overhead is one fork and exec, as for any program.
elapsed_us=0
timed() {
  local out=$1 t0 t1 rc
  shift
  t0=${EPOCHREALTIME/./}
  "$@" >"$out" 2>"$tmp/stderr" </dev/null
  rc=$?
  t1=${EPOCHREALTIME/./}
  elapsed_us=$((10#$t1 - 10#$t0))
  return $rc
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

# fmt_s US / fmt_ms US: microseconds as seconds (3 decimals) or milliseconds (1 decimal).
fmt_s() { awk -v u="$1" 'BEGIN { printf "%.3f", u / 1e6 }'; }
fmt_ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1e3 }'; }
# ratio A B: A / B with two decimals; le X LIMIT: "yes" when X <= LIMIT.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "n/a"; else printf "%.2f", a / b }'; }
le() { awk -v x="$1" -v l="$2" 'BEGIN { print (x != "n/a" && x + 0 <= l + 0) ? "yes" : "no" }'; }

rows=()
problems=0
missed=0
declare -A mv_us lua_us

# pair NAME BASIC-FILE TARGET-RATIO LUA-ARGS...: measures one benchmark against its Lua equivalent.
pair() {
  local name=$1 prog=$2 target=$3
  shift 3
  if [ -n "$only" ] && ! [[ $name =~ $only ]]; then return; fi
  echo "bench: $name" >&2
  local rc
  timed "$tmp/mv.out" "$mvbasic" run "$prog"
  rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "bench: $name: mvbasic failed (exit $rc):" >&2
    head -n 10 "$tmp/stderr" >&2
    rows+=("| $name | error | | | <= ${target}x Lua | no |")
    problems=1
    return
  fi
  timed "$tmp/lua.out" "$lua" "$@"
  rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "bench: $name: $lua failed (exit $rc):" >&2
    head -n 10 "$tmp/stderr" >&2
    rows+=("| $name | | error | | <= ${target}x Lua | no |")
    problems=1
    return
  fi
  if ! cmp -s "$tmp/mv.out" "$tmp/lua.out"; then
    echo "bench: $name: outputs differ: mvbasic '$(head -c 60 "$tmp/mv.out")', Lua '$(head -c 60 "$tmp/lua.out")'" >&2
    rows+=("| $name | wrong output | | | <= ${target}x Lua | no |")
    problems=1
    return
  fi
  local mv=() lu=() i
  for ((i = 0; i < runs; i++)); do
    timed "$tmp/mv.out" "$mvbasic" run "$prog" || { echo "bench: $name: mvbasic failed" >&2; problems=1; return; }
    mv+=("$elapsed_us")
    timed "$tmp/lua.out" "$lua" "$@" || { echo "bench: $name: Lua failed" >&2; problems=1; return; }
    lu+=("$elapsed_us")
  done
  mv_us[$name]=$(median "${mv[@]}")
  lua_us[$name]=$(median "${lu[@]}")
  local r met
  r=$(ratio "${mv_us[$name]}" "${lua_us[$name]}")
  met=$(le "$r" "$target")
  [ "$met" = yes ] || missed=1
  rows+=("| $name | $(fmt_s "${mv_us[$name]}") | $(fmt_s "${lua_us[$name]}") | ${r}x | <= ${target}x Lua | $met |")
}

pair for_loop for_loop.b 1.0 for_loop.lua
pair gosub gosub.b 1.0 gosub.lua
pair dynarray_200k dynarray_200k.b 1.0 dynarray_build_sum.lua 200000
pair dynarray_400k dynarray_400k.b 1.0 dynarray_build_sum.lua 400000
if [ -n "${mv_us[dynarray_200k]:-}" ] && [ -n "${mv_us[dynarray_400k]:-}" ]; then
  d_mv=$(ratio "${mv_us[dynarray_400k]}" "${mv_us[dynarray_200k]}")
  d_lua=$(ratio "${lua_us[dynarray_400k]}" "${lua_us[dynarray_200k]}")
  met=$(le "$d_mv" 2.3)
  [ "$met" = yes ] || missed=1
  rows+=("| dynarray doubling (400k / 200k time) | ${d_mv}x | ${d_lua}x | | <= 2.3x | $met |")
fi
pair concat concat.b 1.0 concat.lua

# Start-up: the median of many runs of a one-line program, after one run that fills the bytecode cache.
if [ -z "$only" ] || [[ startup =~ $only ]]; then
  echo "bench: startup" >&2
  if timed "$tmp/mv.out" "$mvbasic" run startup.b && [ "$(cat "$tmp/mv.out")" = ok ]; then
    mv=() lu=() base=()
    for ((i = 0; i < startup_runs; i++)); do
      timed "$tmp/mv.out" "$mvbasic" run startup.b
      mv+=("$elapsed_us")
      timed "$tmp/lua.out" "$lua" startup.lua
      lu+=("$elapsed_us")
      timed "$tmp/true.out" /bin/true
      base+=("$elapsed_us")
    done
    s_mv=$(median "${mv[@]}")
    s_lua=$(median "${lu[@]}")
    s_base=$(median "${base[@]}")
    met=no
    [ "$s_mv" -lt 10000 ] && met=yes
    [ "$met" = yes ] || missed=1
    rows+=("| startup (median of $startup_runs, ms) | $(fmt_ms "$s_mv") | $(fmt_ms "$s_lua") | | < 10 ms | $met |")
  else
    echo "bench: startup: mvbasic run startup.b failed or did not print ok:" >&2
    head -n 10 "$tmp/stderr" >&2
    rows+=("| startup | error | | | < 10 ms | no |")
    problems=1
  fi
fi

# Workloads (a) to (e): Pick programs without a Lua twin, measured against ScarletDME where it is installed
# (an account folder with a directory file BP, set up as ../shared/peers/scarletdme.md says; the folder is
# $SCARLETDME_ACCOUNT, default ~/sdacct). Each program is copied into BP with the "DUMMY = @(0,0)" first
# line the peer needs, compiled once, and run interleaved with mvbasic; QM's CR LF line ends are dropped.
sd_account=${SCARLETDME_ACCOUNT:-$HOME/sdacct}
have_sd=0
if command -v qm >/dev/null 2>&1 && [ -d "$sd_account/BP" ]; then have_sd=1; fi
sd_id() { echo "$1" | tr 'a-z.' 'A-Z_'; }
sd_prepare() {
  local id
  id=$(sd_id "$1")
  { echo 'DUMMY = @(0,0)'; cat "$bench_dir/$1.b"; } >"$sd_account/BP/$id"
  (cd "$sd_account" && qm -quiet "BASIC BP $id") >/dev/null 2>&1
}
sd_exec() { (cd "$sd_account" && qm -quiet "RUN BP $(sd_id "$1") ${2:-}") | tr -d '\r'; }
wrows=()
declare -A w_us

# workload NAME [ARGS [PEER]]: times bp/bench/NAME.b (with ARGS, or none), and the same program on ScarletDME
# unless PEER is 0 (ScarletDME's backward field walk is quadratic: 3 s at 20,000 fields, minutes at 160,000).
workload() {
  local name=$1 args=${2:-} peer=${3:-1} label=$1${2:+ $2}
  if [ -n "$only" ] && ! [[ $name =~ $only ]]; then return; fi
  echo "bench: $label" >&2
  # shellcheck disable=SC2086
  if ! timed "$tmp/mv.out" "$mvbasic" run "$name.b" $args; then
    echo "bench: $label: mvbasic failed:" >&2
    head -n 10 "$tmp/stderr" >&2
    wrows+=("| $label | error | | | <= 0.25x ScarletDME | no |")
    problems=1
    return
  fi
  local sd_ok=0 mv=() sd=() i
  if [ "$have_sd" = 1 ] && [ "$peer" = 1 ] && sd_prepare "$name" && timed "$tmp/sd.out" sd_exec "$name" "$args"; then
    if cmp -s "$tmp/mv.out" "$tmp/sd.out"; then
      sd_ok=1
    else
      echo "bench: $label: outputs differ: mvbasic '$(head -c 60 "$tmp/mv.out")', ScarletDME '$(head -c 60 "$tmp/sd.out")'" >&2
      problems=1
    fi
  fi
  for ((i = 0; i < runs; i++)); do
    # shellcheck disable=SC2086
    timed "$tmp/mv.out" "$mvbasic" run "$name.b" $args || { echo "bench: $label: mvbasic failed" >&2; problems=1; return; }
    mv+=("$elapsed_us")
    if [ "$sd_ok" = 1 ]; then
      timed "$tmp/sd.out" sd_exec "$name" "$args"
      sd+=("$elapsed_us")
    fi
  done
  w_us[$label]=$(median "${mv[@]}")
  if [ "$sd_ok" = 1 ]; then
    local s_us r met
    s_us=$(median "${sd[@]}")
    r=$(ratio "${w_us[$label]}" "$s_us")
    met=$(le "$r" 0.25)
    [ "$met" = yes ] || missed=1
    wrows+=("| $label | $(fmt_s "${w_us[$label]}") | $(fmt_s "$s_us") | ${r}x | <= 0.25x ScarletDME | $met |")
  else
    local why='not run'
    [ "$have_sd" = 1 ] && [ "$peer" = 0 ] && why='not run (quadratic there)'
    wrows+=("| $label | $(fmt_s "${w_us[$label]}") | $why | | <= 0.25x ScarletDME | n/a |")
  fi
}

workload csv_fields
workload locate_sorted
workload conv_dates_money
workload text_ops
workload field_walk 20000
for n in 40000 80000 160000; do workload field_walk "$n" 0; done
if [ -n "${w_us[field_walk 20000]:-}" ] && [ -n "${w_us[field_walk 160000]:-}" ]; then
  g=$(ratio "${w_us[field_walk 160000]}" "${w_us[field_walk 20000]}")
  g2=$(ratio "${w_us[field_walk 40000]}" "${w_us[field_walk 20000]}")
  g4=$(ratio "${w_us[field_walk 80000]}" "${w_us[field_walk 20000]}")
  met=$(le "$g" 9.2)
  [ "$met" = yes ] || missed=1
  wrows+=("| field_walk growth: 2N, 4N, 8N time / N time | ${g2}x, ${g4}x, ${g}x | | | 8N <= 9.2x (linear +15%) | $met |")
  met=$(le "${w_us[field_walk 20000]}" 20000)
  [ "$met" = yes ] || missed=1
  wrows+=("| field_walk 20000 (whole run, ms) | $(fmt_ms "${w_us[field_walk 20000]}") | | | < 20 ms | $met |")
fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
version=$("$mvbasic" --version 2>/dev/null | head -n 1)
lua_version=$("$lua" -v 2>&1 | awk 'NR == 1 { print $1, $2 }')
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on ${cpu:-an unknown CPU} ($(nproc) cores);"
  echo "${version:-mvbasic} against $lua_version. Times are the median of $runs runs (wall clock,"
  echo "including process start-up); ratio = mvbasic / Lua."
  [ -n "${s_base:-}" ] && echo "Spawning /bin/true the same way takes $(fmt_ms "$s_base") ms, included in the start-up figures."
  echo
  echo "| benchmark | mvbasic | Lua 5.4 | ratio | target | met? |"
  echo "|---|---:|---:|---:|---|---|"
  printf '%s\n' "${rows[@]}"
  if [ "${#wrows[@]}" -gt 0 ]; then
    echo
    if [ "$have_sd" = 1 ]; then
      echo "Workloads against ScarletDME (\`qm\`), median of $runs interleaved runs; ratio = mvbasic / ScarletDME."
    else
      echo "Workloads, median of $runs runs; ScarletDME is not installed here, so no ratio."
    fi
    echo
    echo "| workload | mvbasic | ScarletDME | ratio | target | met? |"
    echo "|---|---:|---:|---:|---|---|"
    printf '%s\n' "${wrows[@]}"
  fi
} >"$tmp/figures.md"
cat "$tmp/figures.md"

if [ "$write" = 1 ] && [ "$problems" != 0 ]; then
  echo "bench: a benchmark failed; ${doc#"$root"/} not written" >&2
elif [ "$write" = 1 ]; then
  if ! grep -q '^<!-- figures:begin -->$' "$doc" || ! grep -q '^<!-- figures:end -->$' "$doc"; then
    echo "bench: $doc has no <!-- figures:begin --> / <!-- figures:end --> markers; not written" >&2
    exit 2
  fi
  awk -v figures="$tmp/figures.md" '
    /^<!-- figures:begin -->$/ { print; print ""; while ((getline line < figures) > 0) print line; print ""; skip = 1; next }
    /^<!-- figures:end -->$/ { skip = 0 }
    !skip { print }' "$doc" >"$tmp/doc.md" && cp "$tmp/doc.md" "$doc"
  echo "bench: wrote the figures into ${doc#"$root"/}" >&2
fi

[ "$problems" = 0 ] || exit 1
[ "$check" = 0 ] || [ "$missed" = 0 ] || exit 1
exit 0
