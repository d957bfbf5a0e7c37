#!/usr/bin/env bash
# Writes the status of every name of QM BASIC (../shared/spec/qm-names.md) into docs/language.md, between
# the lines "<!-- qm-names:begin -->" and "<!-- qm-names:end -->", from what the golden programs use.
#
#   scripts/names-status.sh [--names FILE] [--check]
#
# A name is "yes" when a golden program under tests/programs uses it (the golden tests pass in CI, so it
# compiles and behaves as its expected output says), "later: reason" when tests/qm-names-deferred.txt gives
# it to another issue, and "no" otherwise. --check exits 1 when the page is not up to date instead of
# writing it.
set -u
export LC_ALL=C
root=$(cd "$(dirname "$0")/.." && pwd)
names=$root/../shared/spec/qm-names.md
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --names) names=$2; shift 2 ;;
    --check) check=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "names-status: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
doc=$root/docs/language.md
status=$(mktemp) table=$(mktemp) page=$(mktemp)
trap 'rm -f "$status" "$table" "$page"' EXIT
bash "$root/tests/builtin_coverage.sh" --names "$names" --deferred "$root/tests/qm-names-deferred.txt" \
  --status "$status" > /dev/null
if [ ! -s "$status" ]; then
  echo "names-status: no names read from '$names'" >&2
  exit 2
fi

# One table per kind, names in a few columns so the list stays short: "NAME (status)".
{
  for kind in function statement atvar directive; do
    case $kind in
      function) title="Functions" ;; statement) title="Statements" ;;
      atvar) title="@variables" ;; directive) title="Compiler directives" ;;
    esac
    total=$(awk -F'\t' -v k=$kind '$1==k' "$status" | wc -l)
    yes=$(awk -F'\t' -v k=$kind '$1==k && $3=="covered"' "$status" | wc -l)
    printf '\n**%s**: %d of %d work.\n\n' "$title" "$yes" "$total"
    printf '| name | works | name | works | name | works |\n|---|---|---|---|---|---|\n'
    awk -F'\t' -v k=$kind '$1==k {
        pre = (k == "directive") ? "$" : ""
        st = ($3 == "covered") ? "yes" : ($3 == "deferred") ? "later: " $4 : "no"
        cells[n++] = "`" pre $2 "` | " st
      }
      END { for (i = 0; i < n; i += 3) {
              line = "| " cells[i]
              for (j = 1; j < 3; j++) line = line " | " ((i + j < n) ? cells[i + j] : " | ")
              print line " |"
            } }' "$status"
  done
} > "$table"

awk -v table="$table" '
  /<!-- qm-names:begin -->/ { print; while ((getline l < table) > 0) print l; skip = 1; next }
  /<!-- qm-names:end -->/ { skip = 0 }
  !skip { print }' "$doc" > "$page"
if ! grep -q '<!-- qm-names:begin -->' "$doc"; then
  echo "names-status: $doc has no <!-- qm-names:begin --> line" >&2
  exit 2
fi
if [ "$check" = 1 ]; then
  if cmp -s "$page" "$doc"; then exit 0; fi
  echo "names-status: docs/language.md is out of date; run scripts/names-status.sh" >&2
  exit 1
fi
cp "$page" "$doc"
echo "names-status: wrote $(wc -l < "$status") names into docs/language.md"
