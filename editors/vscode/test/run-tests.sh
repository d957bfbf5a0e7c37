#!/usr/bin/env bash
# Tests the VS Code extension with the npm registry's tools, and builds its .vsix:
#   1. installs vscode-tmgrammar-test and @vscode/vsce (pinned in test/package.json) into WORK/tools; a rerun
#      with the same package.json reuses that install, so only the first run needs the network;
#   2. snapshot tests: every BASIC program under bp/ is tokenized by the grammar and compared with its
#      committed snapshot, test/snapshots/<path under bp>.snap;
#   3. assertion tests: test/syntax/*.b state the scopes of chosen tokens (vscode-tmgrammar-test's format);
#   4. builds the .vsix (build-vsix.sh) into WORK and checks what it holds.
# A failed npm install fails the test with npm's message: it never skips.
#
#   run-tests.sh WORK            (WORK: a scratch folder in the build tree)
#   run-tests.sh WORK --update   (rewrite the committed snapshots from the current grammar, then test)
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
ext=$(cd "$here/.." && pwd)
root=$(cd "$ext/../.." && pwd)
work=$(mkdir -p "$1" && cd "$1" && pwd)
update=${2:-}
tools=$work/tools

fail() { echo "FAIL: $*"; exit 1; }

command -v npm >/dev/null 2>&1 || fail "npm is not installed (scripts/setup-deps.sh installs nodejs and npm)"

if ! cmp -s "$here/package.json" "$tools/package.json" || [ ! -x "$tools/node_modules/.bin/vsce" ]; then
  rm -rf "$tools"
  mkdir -p "$tools"
  cp "$here/package.json" "$tools/package.json"
  echo "installing the npm test tools into $tools"
  if ! (cd "$tools" && npm install --no-audit --no-fund --loglevel=error \
        --fetch-retries=2 --fetch-retry-mintimeout=1000 --fetch-retry-maxtimeout=5000); then
    rm -f "$tools/package.json"  # so the next run tries again
    fail "npm install of vscode-tmgrammar-test and @vscode/vsce failed (is the npm registry reachable?)"
  fi
fi
bin=$tools/node_modules/.bin

# 2. Snapshots. The programs are copied beside their snapshots in WORK, because the tool keeps each snapshot
# next to its source file and bp/ holds only programs.
snap=$work/snap
rm -rf "$snap"
mkdir -p "$snap"
(cd "$root/bp" && find . -name '*.b' | sort) > "$work/programs.txt"
[ -s "$work/programs.txt" ] || fail "no programs found under bp/"
missing=0
while read -r rel; do
  mkdir -p "$snap/$(dirname "$rel")"
  cp "$root/bp/$rel" "$snap/$rel"
  if [ -f "$here/snapshots/$rel.snap" ]; then
    cp "$here/snapshots/$rel.snap" "$snap/$rel.snap"
  elif [ "$update" != --update ]; then
    echo "no snapshot for bp/$rel (run: editors/vscode/test/run-tests.sh WORK --update)"
    missing=1
  fi
done < "$work/programs.txt"
[ "$missing" = 0 ] || fail "snapshots are missing"

if [ "$update" = --update ]; then
  "$bin/vscode-tmgrammar-snap" --config "$ext/package.json" --updateSnapshot "$snap/**/*.b" >/dev/null ||
    fail "vscode-tmgrammar-snap --updateSnapshot"
  while read -r rel; do
    mkdir -p "$here/snapshots/$(dirname "$rel")"
    cp "$snap/$rel.snap" "$here/snapshots/$rel.snap"
  done < "$work/programs.txt"
  echo "snapshots rewritten under editors/vscode/test/snapshots"
fi
"$bin/vscode-tmgrammar-snap" --config "$ext/package.json" "$snap/**/*.b" ||
  fail "grammar snapshot tests (when the grammar or a program in bp/ changed on purpose, check the differences
  above, then rewrite the snapshots: editors/vscode/test/run-tests.sh WORK --update)"

# 3. Assertions.
"$bin/vscode-tmgrammar-test" --config "$ext/package.json" "$here/syntax/*.b" || fail "grammar assertion tests"

# 4. The .vsix.
rm -f "$work"/mvbasic-*.vsix
bash "$ext/build-vsix.sh" "$work" "$tools" >"$work/vsix.log" 2>&1 || { cat "$work/vsix.log"; fail "build-vsix.sh"; }
if grep -q WARNING "$work/vsix.log"; then cat "$work/vsix.log"; fail "vsce warned while packaging"; fi
python3 - "$work" <<'PY' || fail "the .vsix does not hold the extension"
import glob, json, sys, zipfile
paths = glob.glob(sys.argv[1] + "/mvbasic-*.vsix")
assert len(paths) == 1, paths
names = set(zipfile.ZipFile(paths[0]).namelist())
for need in ["extension/package.json", "extension/extension.js", "extension/language-configuration.json",
             "extension/syntaxes/mvbasic.tmLanguage.json", "extension/LICENSE.txt",
             "extension.vsixmanifest"]:
    assert need in names, f"{need} is not in {paths[0]}"
manifest = json.loads(zipfile.ZipFile(paths[0]).read("extension/package.json"))
assert manifest["contributes"]["grammars"][0]["scopeName"] == "source.mvbasic"
print(f"{paths[0]}: {len(names)} files")
PY
echo "PASS editors.vscode"
