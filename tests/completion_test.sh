#!/usr/bin/env bash
# Tests the bash completion script: sources it into this bash, sets COMP_WORDS and COMP_CWORD as bash does
# for a command line, calls the completion function and checks COMPREPLY.
#
#   completion_test.sh editors/bash/mvbasic
set -u
script=$1
# shellcheck source=/dev/null
source "$script" || { echo "FAIL: sourcing $script"; exit 1; }
complete -p mvbasic >/dev/null 2>&1 || { echo "FAIL: $script did not register a completion for mvbasic"; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
mkdir BP BOOKS
touch prog.b BP/INVOICE 'two words.b'

# A stand-in mvbasic on the PATH lists two processes, for the user numbers logout completes.
mkdir bin
cat > bin/mvbasic <<'STUB'
#!/bin/sh
[ "$1" = users ] || exit 2
echo "  User     Pid  Type         Started              Command"
echo "     1    9865  background   2026-12-06 17:50:20  RUN a.b"
echo "    12    9869  interactive  2026-12-06 17:50:20  REPL"
STUB
chmod +x bin/mvbasic
PATH=$scratch/bin:$PATH

failures=0
# expect "COMMAND LINE" WANTED... : the words of the command line, the last being the word being completed;
# COMPREPLY, sorted, must equal the wanted words.
expect() {
  local line=$1
  shift
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _mvbasic mvbasic "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
  local got want
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd'|')
  want=$(printf '%s\n' "$@" | sort | paste -sd'|')
  if [ "$got" != "$want" ]; then
    echo "FAIL: '$line' completed to [$got], wanted [$want]"
    failures=$((failures + 1))
  fi
}

expect "mvbasic ph" phantom phantoms
expect "mvbasic u" users
expect "mvbasic l" logout
expect "mvbasic re" repl
expect "mvbasic c" check
expect "mvbasic -" -e --config --help --version
expect "mvbasic --v" --version
expect "mvbasic p" phantom phantoms prog.b
expect "mvbasic run --" --disasm --trace --no-cache --config --help
expect "mvbasic run --trace --n" --no-cache
expect "mvbasic run pr" prog.b
expect "mvbasic run tw" "two words.b"
expect "mvbasic run prog.b --" # after the program, its arguments: files only
expect "mvbasic phantom -" --config --help
expect "mvbasic check B" BOOKS BP
expect "mvbasic check BP/" BP/INVOICE
expect "mvbasic check prog.b B" BOOKS BP
expect "mvbasic check --" --help
expect "mvbasic logout --" --config --help
expect "mvbasic logout " 1 12
expect "mvbasic logout 1" 1 12
expect "mvbasic logout 12 " # one user number only
expect "mvbasic users --c" --config
expect "mvbasic --config B" BOOKS BP
expect "mvbasic --config x.conf r" repl run
expect "mvbasic run --config B" BOOKS BP
expect "mvbasic -e 'PRINT 1' " 
expect "mvbasic prog.b B" BOOKS BP

if [ "$failures" -ne 0 ]; then
  echo "FAIL: $failures completion cases"
  exit 1
fi
echo "PASS editors.bash_completion"
