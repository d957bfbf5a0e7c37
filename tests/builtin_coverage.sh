#!/usr/bin/env bash
# Checks that every built-in function listed in stdlib/builtins.def is used by at least one golden program.
#
#   builtin_coverage.sh [--def FILE] [--programs DIR] [--names QM-NAMES.md [--deferred FILE]]
#
# A built-in counts as covered when its NAME, as a whole word (not part of a longer BASIC name such as
# MY.LEN or LEN2) and immediately followed by '(', appears in some tests/programs/**/*.b file, ignoring
# case. A row whose usage text says "(a statement)" (CLOSE.SOCKET skt) needs only the whole word. Rows
# whose NAME starts with '~' are statements or operators compiled from their keyword; they too need only the
# whole word. Programs parked under tests/programs/known-bugs are named *.b.txt and so do not count. Prints
# one line per uncovered built-in, then "coverage: N passed, N failed"; exit status 0 when all are covered,
# 1 when any is not, 2 on a usage error.
#
# With --names, every name of QM BASIC listed in that file (../shared/spec/qm-names.md: its Functions,
# Statements and @variables tables and its directives) must be used by some golden program too: a function
# as NAME(, a statement as a whole word where a statement starts (line start, after ';', a label, THEN, ELSE,
# DO, ON ERROR or LOCKED), an @variable as @NAME and a directive as $NAME or #NAME. A name
# listed in the --deferred file (one "NAME<TAB or spaces>reason" per line, # comments) is reported as
# deferred instead, with its reason: the names that another issue builds (classes, transactions, indices).
# --status FILE writes "kind<TAB>NAME<TAB>covered|deferred|missing<TAB>reason" for each of those names
# (scripts/names-status.sh turns it into the table in docs/language.md).
set -u
export LC_ALL=C
root=$(cd "$(dirname "$0")/.." && pwd)
def=$root/stdlib/builtins.def
programs=$root/tests/programs
names_md=""
deferred=""
status_out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --def) def=$2; shift 2 ;;
    --programs) programs=$2; shift 2 ;;
    --names) names_md=$2; shift 2 ;;
    --deferred) deferred=$2; shift 2 ;;
    --status) status_out=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "builtin_coverage: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
if [ ! -f "$def" ]; then
  echo "builtin_coverage: no built-in table at '$def'" >&2
  exit 2
fi
if [ ! -d "$programs" ]; then
  echo "builtin_coverage: no programs folder at '$programs'" >&2
  exit 2
fi

# The NAME column of each BUILTIN(id, "NAME", ...) row (comment lines never match; a leading '~' is dropped),
# and the names that need only the whole word: '~' rows and rows whose usage says they are statements.
names=$(sed -n 's/^[[:space:]]*BUILTIN([^,]*,[[:space:]]*"~\{0,1\}\([^"~][^"]*\)".*/\1/p' "$def" | sort -u)
statements=$(sed -n -e 's/^[[:space:]]*BUILTIN([^,]*,[[:space:]]*"\([^"~][^"]*\)".*(a statement).*/\1/p' \
                    -e 's/^[[:space:]]*BUILTIN([^,]*,[[:space:]]*"~\([^"]*\)".*/\1/p' "$def")
if [ -z "$names" ]; then
  echo "builtin_coverage: no BUILTIN rows found in '$def'" >&2
  exit 2
fi

mapfile -d '' files < <(find "$programs" -type f -name '*.b' -print0 | sort -z)
if [ ${#files[@]} -eq 0 ]; then
  echo "builtin_coverage: no .b programs under '$programs'" >&2
  exit 2
fi

# One file holding every program, so each name is one grep over it.
corpus=$(mktemp)
trap 'rm -f "$corpus"' EXIT
cat "${files[@]}" > "$corpus"

passed=0 failed=0
for name in $names; do
  # Escape the characters a BASIC name may hold that mean something in an extended regex.
  re=$(printf '%s' "$name" | sed 's/[.$%]/\\&/g')
  after='\('
  if printf '%s\n' "$statements" | grep -qxF "$name"; then after='([^A-Za-z0-9_.$%]|$)'; fi
  if grep -qiE "(^|[^A-Za-z0-9_.\$%])${re}${after}" "$corpus"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "NOT COVERED: $name"
  fi
done
echo "coverage: $passed passed, $failed failed"

# The QM names checklist: the table rows of each section, and the directives paragraph.
if [ -n "$names_md" ]; then
  if [ ! -f "$names_md" ]; then
    echo "builtin_coverage: no names list at '$names_md'" >&2
    exit 2
  fi
  npassed=0 nfailed=0 ndeferred=0
  [ -n "$status_out" ] && : > "$status_out"
  section=""
  # Prints "kind NAME" for every name in the list.
  list_names() {
    awk '/^## Functions/{k="function"} /^## Statements/{k="statement"} /^## @variables/{k="atvar"}
         /^## Compiler directives/{k="directive"} /^## Language forms/{k=""}
         k!="" && k!="directive" && /^\| *[@A-Z]/ { n=$0; sub(/^\| */, "", n); sub(/ *\|.*/, "", n); print k, n }
         k=="directive" { while (match($0, /\$[A-Z][A-Z.]*/)) { d = substr($0, RSTART+1, RLENGTH-1); sub(/\.$/, "", d); print k, d;
                                                                $0 = substr($0, RSTART+RLENGTH) } }' "$names_md" |
      sort -u
  }
  while read -r kind name; do
    re=$(printf '%s' "$name" | sed 's/[.$%@]/\\&/g')
    case "$kind" in
      function) pat="(^|[^A-Za-z0-9_.\$%])${re}[[:space:]]*\(" ;;
      statement)
        # ELSE and DO continue a statement (END ELSE, WHILE X DO); every other keyword opens one.
        if [ "$name" = ELSE ] || [ "$name" = DO ]; then
          pat="(^|[^A-Za-z0-9_.\$%@])${re}([^A-Za-z0-9_.\$%]|$)"
        else
          pat="(^|;|[^A-Za-z0-9_.\$%@](THEN|ELSE|DO|ERROR|LOCKED))[[:space:]]*([A-Za-z0-9_.]+:[[:space:]]*)?${re}([^A-Za-z0-9_.\$%]|$)"
        fi ;;
      atvar) pat="${re}([^A-Za-z0-9_.\$%]|$)" ;;
      directive) pat="(^|[[:space:];])[\$#]${re}([^A-Za-z0-9_.\$%]|$)" ;;
    esac
    if grep -qiE "$pat" "$corpus"; then
      npassed=$((npassed + 1))
      [ -n "$status_out" ] && printf '%s\t%s\tcovered\t\n' "$kind" "$name" >> "$status_out"
    elif [ -n "$deferred" ] && why=$(grep -E "^${re}[[:space:]]" "$deferred" | head -1) && [ -n "$why" ]; then
      ndeferred=$((ndeferred + 1))
      why=$(printf '%s' "$why" | sed -E "s/^[^[:space:]]+[[:space:]]+//")
      echo "DEFERRED $kind $name: $why"
      [ -n "$status_out" ] && printf '%s\t%s\tdeferred\t%s\n' "$kind" "$name" "$why" >> "$status_out"
    else
      nfailed=$((nfailed + 1))
      echo "NOT COVERED ($kind in $(basename "$names_md")): $name"
      [ -n "$status_out" ] && printf '%s\t%s\tmissing\t\n' "$kind" "$name" >> "$status_out"
    fi
  done < <(list_names)
  echo "qm-names: $npassed covered, $nfailed not covered, $ndeferred deferred"
  failed=$((failed + nfailed))
fi
[ "$failed" -eq 0 ]
