#!/usr/bin/env bash
# Compiles every BASIC source under one or more folders with `mvbasic check` and reports the pass rate and
# the first error of each failure. Used to measure how much public QM and SD code compiles unchanged
# (docs/porting.md records the figures); the sources themselves stay outside the repository.
#
#   scripts/corpus-check.sh [--mvbasic PATH] [--quiet] [--tsv FILE] DIR...
#
# A source is a regular non-empty file under DIR that holds no NUL byte, is not an include record (*.H) or
# a file of another kind by its ending (.md, .py, .json, ...; QM record names may hold dots, so other
# endings count), and is not inside a dictionary (*.DIC), object code (*.OUT) or hidden folder. Each source
# is checked on its own, so its $INCLUDE records resolve from its own account folder as they would in QM.
# Sources that start QM's internal mode ($INTERNAL, QM's own system code) and sources that are class modules
# (CLASS ... END, built by another issue) are counted apart from the user-level rate.
#
# Prints one line per failure ("FAIL path: first error"), then per folder and in total:
#   corpus DIR: N sources, N pass (P%) [user-level: N/N = P%; internal: N/N; class modules: N/N]
# --tsv FILE also writes "status<TAB>kind<TAB>path<TAB>first error" for every source. Exit status 0 when it
# ran (whatever the rate), 2 on a usage error.
set -u
export LC_ALL=C
root=$(cd "$(dirname "$0")/.." && pwd)
mvbasic=$root/build/mvbasic
quiet=0
tsv=""
dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --mvbasic) mvbasic=$2; shift 2 ;;
    --quiet) quiet=1; shift ;;
    --tsv) tsv=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) echo "corpus-check: unknown option '$1'" >&2; exit 2 ;;
    *) dirs+=("$1"); shift ;;
  esac
done
if [ ${#dirs[@]} -eq 0 ]; then
  echo "corpus-check: give at least one folder of BASIC sources (see --help)" >&2
  exit 2
fi
if [ ! -x "$mvbasic" ]; then
  echo "corpus-check: no mvbasic at '$mvbasic' (build it first or pass --mvbasic)" >&2
  exit 2
fi
[ -n "$tsv" ] && : > "$tsv"

# The kind of a source: internal ($INTERNAL), class (a CLASS module) or user.
kind_of() {
  if grep -qiE '^[[:space:]]*\$INTERNAL' "$1"; then echo internal
  elif grep -qiE '^[[:space:]]*CLASS[[:space:]]+[A-Za-z]' "$1"; then echo class
  else echo user
  fi
}

# Per-kind counters for one folder and for the whole run: [kind] -> count.
declare -A all_n all_ok
total_n=0 total_ok=0
pct() { if [ "$2" -gt 0 ]; then echo "$(( ($1 * 1000 / $2 + 5) / 10 ))%"; else echo "-"; fi; }

for dir in "${dirs[@]}"; do
  if [ ! -d "$dir" ]; then
    echo "corpus-check: '$dir' is not a folder" >&2
    exit 2
  fi
  declare -A n=() ok=()
  dn=0 dok=0
  while IFS= read -r -d '' f; do
    base=${f##*/}
    # QM record names often hold dots (ADD.FIELD.FUNC), so only known non-BASIC endings are skipped, and
    # include records (*.H), which are compiled as part of the programs that include them.
    case "$base" in .*|README*|LICENSE*|COPYING*|Makefile|Dockerfile) continue ;; esac
    ext=${base##*.}
    [ "$ext" = "$base" ] && ext=""
    case "${ext,,}" in
      h|md|txt|py|pyc|json|sh|ps1|bat|cmd|html|htm|js|css|c|cpp|hpp|csv|xml|yml|yaml|log|ini|cfg|conf|png|\
      jpg|gif|pdf|zip|gz|tcl|sql|go|rs|ts|java|lock|toml|out|bak|orig|tmp|swp) continue ;;
    esac
    grep -qP '\x00' "$f" 2>/dev/null && continue
    [ -s "$f" ] || continue
    kind=$(kind_of "$f")
    out=$("$mvbasic" check "$f" 2>&1 </dev/null)
    rc=$?
    dn=$((dn + 1)); n[$kind]=$(( ${n[$kind]:-0} + 1 ))
    if [ $rc -eq 0 ]; then
      dok=$((dok + 1)); ok[$kind]=$(( ${ok[$kind]:-0} + 1 ))
      [ -n "$tsv" ] && printf 'pass\t%s\t%s\t\n' "$kind" "$f" >> "$tsv"
    else
      first=$(printf '%s\n' "$out" | grep -m1 -E 'error|mvbasic:' || printf '%s\n' "$out" | head -1)
      [ "$quiet" = 1 ] || printf 'FAIL [%s] %s\n' "$kind" "$first"
      [ -n "$tsv" ] && printf 'fail\t%s\t%s\t%s\n' "$kind" "$f" "$first" >> "$tsv"
    fi
  done < <(find "$dir" \( -type d \( -name '*.DIC' -o -name '*.OUT' -o -name '.*' \) -prune \) -o -type f \
             -print0 | sort -z)
  printf 'corpus %s: %d sources, %d pass (%s) [user-level: %d/%d = %s; internal: %d/%d; class modules: %d/%d]\n' \
    "$dir" "$dn" "$dok" "$(pct $dok $dn)" "${ok[user]:-0}" "${n[user]:-0}" "$(pct ${ok[user]:-0} ${n[user]:-0})" \
    "${ok[internal]:-0}" "${n[internal]:-0}" "${ok[class]:-0}" "${n[class]:-0}"
  total_n=$((total_n + dn)); total_ok=$((total_ok + dok))
  for k in user internal class; do
    all_n[$k]=$(( ${all_n[$k]:-0} + ${n[$k]:-0} )); all_ok[$k]=$(( ${all_ok[$k]:-0} + ${ok[$k]:-0} ))
  done
  unset n ok
done
if [ ${#dirs[@]} -gt 1 ]; then
  printf 'corpus total: %d sources, %d pass (%s) [user-level: %d/%d = %s; internal: %d/%d; class modules: %d/%d]\n' \
    "$total_n" "$total_ok" "$(pct $total_ok $total_n)" "${all_ok[user]}" "${all_n[user]}" \
    "$(pct ${all_ok[user]} ${all_n[user]})" "${all_ok[internal]}" "${all_n[internal]}" "${all_ok[class]}" \
    "${all_n[class]}"
fi
exit 0
