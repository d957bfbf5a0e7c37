#!/usr/bin/env bash
# Load benchmark of the managed server (issue 16, item 5): `mvbasic serve` running the echo and HTTP examples
# with 1, 2 and 4 workers, against the single-process SELECT.SOCKET examples and single-threaded native
# Boost.Asio servers, at several numbers of concurrent connections, plain and over TLS. Every server is driven by
# bp/bench/native/echo_loadgen (closed loop: each connection sends a request and waits for the whole answer).
#
#   bp/bench/serve.sh [--build DIR] [--seconds S] [--rounds R] [--connections "100 5000"] [--only GROUPS]
#                     [--pin] [--write]
#   bp/bench/serve.sh --faults [--build DIR] [serve_faults.py options]
#
#   --build DIR        the build tree holding mvbasic and bp/bench/native (default: build)
#   --seconds S        measured seconds per run (default 3), after a warm-up of 1 s, or 1 s per 1,000
#                      connections when that is more
#   --rounds R         runs of every server (default 3); within a round the servers take turns, and the
#                      figures are each server's median run (by requests per second)
#   --connections "L"  the numbers of concurrent connections to measure (default "100 5000")
#   --only GROUPS      any of echo, http, tls (default all three)
#   --pin              servers on CPU 0, the load generator on CPU 1 (taskset)
#   --write            also put the tables into docs/performance.md between the serve:begin/end markers
#   --faults           the fault waves instead (slow, vanishing and never-reading clients; descriptors and
#                      memory before and after): runs bp/bench/serve_faults.py, which documents itself
#
# Echo: 64-byte messages, echoed. HTTP: keep-alive GETs of /hello.txt (serve_http.b answers one request per
# connection with "Connection: close", so its clients connect again for every request, and the connect counts
# in the latency; beside them the native server is also measured a connection per request, with
# "Connection: close", and the "vs close" columns compare with that). TLS: the same over TLS, with a
# certificate made by the openssl command in a temp folder; a server that cannot do TLS in this build is
# skipped with a note. For each server: requests/s, p50 and p99 latency, the server's CPU per request (its own
# and its workers' from /proc/PID/stat), "unserved" (clients that never got one answer in the whole run: a
# per-connection worker pool with more connections than workers starves the rest) and failed connections.
# The "--requeue" rows run a program that answers one request per run (serve_echo1.b, serve_http.b) under
# `mvbasic serve --requeue`, which hands a connection left open back to the supervisor between requests, so
# that keep-alive clients do not each hold a worker.
# Ratios are against the native server of the group. Every process started is stopped at the end.
# Exit status 0, or 2 on a setup failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build
seconds=3
rounds=3
levels="100 5000"
only="echo http tls"
pin=0
write=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --connections) levels=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --pin) pin=1; shift ;;
    --write) write=1; shift ;;
    --faults) shift; exec python3 "$root/bp/bench/serve_faults.py" --build "$build" "$@" ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "serve.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mvbasic=$build/mvbasic
nat=$build/bp/bench/native
loadgen=$nat/echo_loadgen
for f in "$mvbasic" "$loadgen" "$nat/asio_echo_server" "$nat/asio_http_server" "$nat/asio_tls_echo_server"; do
  [ -x "$f" ] || { echo "serve.sh: $f not built (cmake --build $build)" >&2; exit 2; }
done
ex=$root/bp/examples
www=$ex/www
srv_cpu=(); gen_cpu=()
if [ $pin = 1 ]; then srv_cpu=(taskset -c 0); gen_cpu=(taskset -c 1); fi
# 5,000 clients need 5,000 descriptors in the load generator and as many in a server that takes them all.
ulimit -n "$(ulimit -Hn)" 2>/dev/null
maxc=$(( $(ulimit -n) - 100 ))

tmp=$(mktemp -d)
notes=()
# Every server started is listed in $tmp/pids (the tables are made in a subshell, so not in a variable).
cleanup() {
  local p pids
  pids=$(cat "$tmp/pids" 2>/dev/null)
  for p in $pids; do kill -TERM "$p" 2>/dev/null; done
  sleep 0.5
  for p in $pids; do pkill -KILL -P "$p" 2>/dev/null; kill -KILL "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 2' INT TERM
export MVBASIC_CONFIG=/dev/null XDG_CACHE_HOME=$tmp/cache

if ! openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 \
    -keyout "$tmp/key.pem" -out "$tmp/cert.pem" -subj /CN=127.0.0.1 >/dev/null 2>&1; then
  only=${only/tls/}
  notes+=("TLS skipped: the openssl command could not make a certificate")
fi
printf '[mvbasic]\nTLS.CERT = %s\nTLS.KEY = %s\n' "$tmp/cert.pem" "$tmp/key.pem" >"$tmp/tls.conf"

# start NAME COMMAND...: starts a server on port 0 and waits (at most 10 s) for its port: a "LISTENING <port>"
# line on standard output, or the serve log's "listening on ... port N". Returns 1 (and keeps a note) when the
# server ends or does not say.
start() {
  local name=$1 port; shift
  # Fresh files, emptied here and not by the background job's redirection, which may come after the first
  # look: the last level's server of this name wrote its port there.
  : >"$tmp/$name.log"; : >"$tmp/$name.out"
  "${srv_cpu[@]}" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  eval "${name}_pid=$!"
  echo $! >>"$tmp/pids"
  for _ in $(seq 100); do
    port=$(awk '/^LISTENING/ {print $2; exit}
                / serve: listening on .* port / {for (i = 1; i < NF; i++) if ($i == "port") {print $(i + 1); exit}}' \
      "$tmp/$name.out" "$tmp/$name.log")
    if [ -n "$port" ]; then eval "${name}_port=$port"; return 0; fi
    kill -0 "$!" 2>/dev/null || break
    sleep 0.1
  done
  notes+=("$name skipped: $(cat "$tmp/$name.err" "$tmp/$name.log" 2>/dev/null | grep . | head -1 | cut -c1-200)")
  return 1
}
stop() {
  local name=$1 pid
  eval "pid=\$${name}_pid"
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  pkill -KILL -P "$pid" 2>/dev/null; kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

# The CPU ticks of a server and of its children (the serve workers).
cpu_ticks() {
  local files=("/proc/$1/stat") c
  for c in $(ps -o pid= --ppid "$1"); do files+=("/proc/$c/stat"); done
  awk '{s += $14 + $15} END {print s + 0}' "${files[@]}" 2>/dev/null
}

# start_serve NAME PROGRAM WORKERS [tls|requeue]: starts a managed server.
start_serve() {
  local cmd=("$mvbasic" serve "$ex/$2" --listen 127.0.0.1 --port 0 --workers "$3" --max-clients "$maxc"
             --backlog 4096 --grace 1 --log "$tmp/$1.log")
  [ "${4:-}" = tls ] && cmd+=(--tls-cert "$tmp/cert.pem" --tls-key "$tmp/key.pem")
  [ "${4:-}" = requeue ] && cmd+=(--requeue)
  start "$1" "${cmd[@]}"
}

# The servers of a group: "name|label|loadgen options", the native one first; start_group starts them.
group_servers() {
  case $1 in
    echo) printf '%s\n' "echo_native|native Asio echo, 1 thread|" "echo_select|echo_server.b (SELECT.SOCKET)|" \
            "echo_w1|serve serve_echo.b, 1 worker|" "echo_w2|serve serve_echo.b, 2 workers|" \
            "echo_w4|serve serve_echo.b, 4 workers|" \
            "echo_rq2|serve serve_echo1.b --requeue, 2 workers|" \
            "echo_rq4|serve serve_echo1.b --requeue, 4 workers|" ;;
    http) printf '%s\n' "http_native|native Asio HTTP keep-alive, 1 thread|--http /hello.txt" \
            "http_nclose|native Asio HTTP, a connection per request|--http /hello.txt --close" \
            "http_select|http_server.b (SELECT.SOCKET, keep-alive)|--http /hello.txt" \
            "http_w1|serve serve_http.b, 1 worker (close)|--http /hello.txt" \
            "http_w2|serve serve_http.b, 2 workers (close)|--http /hello.txt" \
            "http_w4|serve serve_http.b, 4 workers (close)|--http /hello.txt" \
            "http_rq4|serve serve_http.b --requeue, 4 workers (keep-alive)|--http /hello.txt" ;;
    tls) printf '%s\n' "tls_native|native Asio TLS echo, 1 thread|--tls" \
            "tls_w1|serve serve_echo.b --tls, 1 worker|--tls" "tls_w2|serve serve_echo.b --tls, 2 workers|--tls" \
            "tls_w4|serve serve_echo.b --tls, 4 workers|--tls" \
            "https_select|http_server.b, MVBASIC_HTTPS=1|--tls --http /hello.txt" ;;
  esac
}
start_one() {
  local name=$1
  case $name in
    echo_native) start "$name" "$nat/asio_echo_server" 0 127.0.0.1 ;;
    echo_select) start "$name" "$mvbasic" run "$ex/echo_server.b" 0 127.0.0.1 "$maxc" ;;
    echo_w?) start_serve "$name" serve_echo.b "${name#echo_w}" ;;
    echo_rq?) start_serve "$name" serve_echo1.b "${name#echo_rq}" requeue ;;
    http_native|http_nclose) start "$name" "$nat/asio_http_server" "$www" 0 127.0.0.1 ;;
    http_select) start "$name" "$mvbasic" run "$ex/http_server.b" 0 "$www" 127.0.0.1 "$maxc" ;;
    http_w?) start_serve "$name" serve_http.b "${name#http_w}" ;;
    http_rq?) start_serve "$name" serve_http.b "${name#http_rq}" requeue ;;
    tls_native) start "$name" "$nat/asio_tls_echo_server" "$tmp/cert.pem" "$tmp/key.pem" 0 127.0.0.1 ;;
    tls_w?) start_serve "$name" serve_echo.b "${name#tls_w}" tls ;;
    https_select)
      if ! grep -q MVBASIC_HTTPS "$ex/http_server.b"; then
        notes+=("$name skipped: http_server.b has no HTTPS (MVBASIC_HTTPS) in this tree"); return 1
      fi
      MVBASIC_CONFIG=$tmp/tls.conf MVBASIC_HTTPS=1 \
        start "$name" "$mvbasic" run "$ex/http_server.b" 0 "$www" 127.0.0.1 "$maxc" ;;
  esac
}

# run LEVEL NAME OPTIONS: one load-generator run; appends "req/s p50 p99 cpu_us/req unserved errors" to a file.
run() {
  local level=$1 name=$2 pid port before after line; shift 2
  eval "pid=\$${name}_pid; port=\$${name}_port"
  before=$(cpu_ticks "$pid")
  line=$(timeout $((seconds + warmup + 30)) "${gen_cpu[@]}" \
         "$loadgen" 127.0.0.1 "$port" "$level" "$seconds" 64 "$warmup" "$@")
  [ -n "${SERVE_SH_DEBUG:-}" ] && echo "$name: $line" >&2
  after=$(cpu_ticks "$pid")
  echo "$line" | awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %s %s %.1f %s %s\n", v["req_per_s"] + 0, v["p50_us"] + 0, v["p99_us"] + 0,
      (t / hz * 1e6) / (v["requests"] > 0 ? v["requests"] : 1), v["unserved"] + 0, v["errors"] + 0
  }' >>"$tmp/$level.$name.runs"
  sleep 0.5  # let the closed connections go before the next server's turn
}

median() { sort -n "$tmp/$1.runs" | awk -v n="$rounds" 'NR == int((n + 1) / 2)'; }

# measure GROUP LEVEL: starts the group's servers, runs them in turn for every round, stops them, prints a table.
measure() {
  local group=$1 level=$2 entry name label opts live=() native="" rps p50 p99 cpu uns err nr nc br bc cr=0 cc=0
  # Warm-up: 1 s, and 1 s per 1,000 connections, so that opening them (and their TLS handshakes) is not measured.
  warmup=$(( level / 1000 > 1 ? level / 1000 : 1 ))
  while IFS='|' read -r name label opts; do
    start_one "$name" && live+=("$name|$label|$opts")
  done < <(group_servers "$group")
  [ ${#live[@]} -gt 0 ] || return
  for _ in $(seq "$rounds"); do
    for entry in "${live[@]}"; do
      IFS='|' read -r name label opts <<<"$entry"
      # shellcheck disable=SC2086
      run "$level" "$name" $opts
    done
  done
  for entry in "${live[@]}"; do stop "${entry%%|*}"; done
  printf '\n%s, %s connections:\n\n' "$group" "$level"
  printf '| server | req/s | p50 µs | p99 µs | server CPU µs/req | unserved | failed | req/s vs native '
  printf '| CPU vs native |\n'
  printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
  for entry in "${live[@]}"; do
    IFS='|' read -r name label opts <<<"$entry"
    read -r rps p50 p99 cpu uns err <<<"$(median "$level.$name")"
    if [ -z "$native" ] && [ "${name#*_}" = native ]; then native=$name; nr=$rps; nc=$cpu; fi
    [ "$name" = http_nclose ] && { cr=$rps; cc=$cpu; }
    # The connection-per-request servers compare with the native server measured that way.
    br=${nr:-0}; bc=${nc:-0}; mark=""
    case $label in *"(close)"*) if [ "$cr" != 0 ]; then br=$cr; bc=$cc; mark=" (vs close)"; fi ;; esac
    awk -v l="$label" -v r="$rps" -v a="$p50" -v b="$p99" -v c="$cpu" -v u="$uns" -v e="$err" -v nr="$br" \
        -v nc="$bc" -v m="$mark" 'BEGIN {
      rr = nr > 0 ? sprintf("%.2f%s", r / nr, m) : "-"; cr = nc > 0 && r > 0 ? sprintf("%.2f%s", c / nc, m) : "-"
      cc = (r > 0 ? c : "-")
      printf "| %s | %d | %d | %d | %s | %d | %d | %s | %s |\n", l, r, a, b, cc, u, e, rr, cr
    }'
  done
}

{
  printf 'serve.sh: %s s per run after a warm-up of 1 s per 1,000 connections (at least 1 s), ' "$seconds"
  printf 'median of %d rounds, servers taking turns%s; %s\n' \
    "$rounds" "$([ $pin = 1 ] && echo ', pinned (server CPU 0, load generator CPU 1)')" \
    "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs"
  for group in $only; do
    for level in $levels; do measure "$group" "$level"; done
  done
  if [ ${#notes[@]} -gt 0 ]; then
    printf '\n'
    printf -- '- %s\n' "${notes[@]}" | sort -u
  fi
} | tee "$tmp/report.md"

if [ $write = 1 ]; then
  doc=$root/docs/performance.md
  if ! grep -q '<!-- serve:begin -->' "$doc"; then echo "serve.sh: no serve:begin marker in $doc" >&2; exit 2; fi
  awk -v rep="$tmp/report.md" '
    /<!-- serve:begin -->/ { print; print ""; while ((getline l < rep) > 0) print l; print ""; skip = 1; next }
    /<!-- serve:end -->/ { skip = 0 }
    !skip' "$doc" >"$tmp/doc" && cat "$tmp/doc" >"$doc"
fi
