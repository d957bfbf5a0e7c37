#!/usr/bin/env bash
# Socket echo benchmark: bp/examples/echo_server.b (BASIC, on mvbasic) against a native single-threaded
# Boost.Asio echo server (bp/bench/native/asio_echo_server.cpp), both driven by the same load generator
# (bp/bench/native/echo_loadgen.cpp): C connections on 127.0.0.1, each sending a 64-byte message and waiting
# for its echo before the next. Runs alternate native / BASIC for each round, so both see the same machine.
#
#   bp/bench/echo.sh [--build DIR] [--seconds S] [--rounds R] [--connections C] [--size BYTES] [--pin]
#
#   --build DIR   the build tree holding mvbasic and bp/bench/native (default: build)
#   --seconds S   measured seconds per run, after 1 s of warm-up (default 5)
#   --rounds R    native + BASIC runs (default 3); the figures are the median run of each server
#   --pin         pin the server to CPU 0 and the load generator to CPU 1 (taskset)
#
# For each server it prints requests per second, p50 and p99 latency, and the server's own CPU time per
# request (from /proc/PID/stat), then the BASIC/native ratios against the targets (>= 70% throughput,
# p99 within 2x). Exit status 0 when both targets are met, 1 when not, 2 on a setup failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build
seconds=5
rounds=3
connections=100
size=64
pin=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --pin) pin=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "echo.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mvbasic=$build/mvbasic
native=$build/bp/bench/native/asio_echo_server
loadgen=$build/bp/bench/native/echo_loadgen
for f in "$mvbasic" "$native" "$loadgen"; do
  [ -x "$f" ] || { echo "echo.sh: $f not built (cmake --build $build)" >&2; exit 2; }
done
srv_cpu=(); gen_cpu=()
if [ $pin = 1 ]; then srv_cpu=(taskset -c 0); gen_cpu=(taskset -c 1); fi

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
export MVBASIC_CONFIG=/dev/null XDG_CACHE_HOME=$tmp/cache

# start NAME COMMAND...: starts a server on port 0 and waits (at most 10 s) for its "LISTENING <port>" line.
start() {
  local name=$1; shift
  "${srv_cpu[@]}" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  pids+=($!)
  eval "${name}_pid=$!"
  for _ in $(seq 100); do
    if grep -q '^LISTENING' "$tmp/$name.out" 2>/dev/null; then
      eval "${name}_port=$(awk '/^LISTENING/ {print $2; exit}' "$tmp/$name.out")"
      return 0
    fi
    sleep 0.1
  done
  echo "echo.sh: $name did not start:" >&2
  cat "$tmp/$name.err" >&2
  exit 2
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

start native "$native" 0 127.0.0.1
start basic "$mvbasic" run "$root/bp/examples/echo_server.b" 0 127.0.0.1

# run NAME: one load-generator run against NAME; appends "req_per_s p50 p99 cpu_us_per_req" to $tmp/NAME.runs.
run() {
  local name=$1 pid port before after line
  eval "pid=\$${name}_pid; port=\$${name}_port"
  before=$(cpu_ticks "$pid")
  line=$(timeout $((seconds + 20)) "${gen_cpu[@]}" "$loadgen" 127.0.0.1 "$port" "$connections" "$seconds" "$size" 1)
  after=$(cpu_ticks "$pid")
  echo "$line" | awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %s %s %.1f\n", v["req_per_s"], v["p50_us"], v["p99_us"], (t / hz * 1e6) / (v["requests"] > 0 ? v["requests"] : 1)
  }' >>"$tmp/$name.runs"
}

for r in $(seq "$rounds"); do
  run native
  run basic
done

# The median run (by requests per second) of each server.
median() { sort -n "$tmp/$1.runs" | awk -v n="$rounds" 'NR == int((n + 1) / 2)'; }
read -r n_rps n_p50 n_p99 n_cpu <<<"$(median native)"
read -r b_rps b_p50 b_p99 b_cpu <<<"$(median basic)"

printf 'Socket echo benchmark: %d connections, %d-byte messages, %s s per run after 1 s warm-up, median of %d runs%s\n' \
  "$connections" "$size" "$seconds" "$rounds" "$([ $pin = 1 ] && echo ', pinned')"
printf '%-28s %10s %9s %9s %16s\n' server req/s p50_us p99_us server_cpu_us/req
printf '%-28s %10s %9s %9s %16s\n' "native Asio, 1 thread" "$n_rps" "$n_p50" "$n_p99" "$n_cpu"
printf '%-28s %10s %9s %9s %16s\n' "BASIC echo_server.b" "$b_rps" "$b_p50" "$b_p99" "$b_cpu"
awk -v nr="$n_rps" -v br="$b_rps" -v np="$n_p99" -v bp="$b_p99" -v nc="$n_cpu" -v bc="$b_cpu" 'BEGIN {
  t = br / nr; p = bp / (np > 0 ? np : 1)
  printf "BASIC/native: throughput %.0f%% (target >= 70%%), p99 %.2fx (target <= 2x), CPU per request %.2fx\n", t * 100, p, bc / (nc > 0 ? nc : 1)
  exit !(t >= 0.70 && p <= 2.0)
}'
