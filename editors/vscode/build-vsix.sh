#!/usr/bin/env bash
# Builds the VS Code extension's installable package, mvbasic-VERSION.vsix, with @vscode/vsce.
#
#   editors/vscode/build-vsix.sh [OUT_DIR] [TOOLS_DIR]
#
# OUT_DIR (default: the current directory) receives the .vsix. TOOLS_DIR is a folder whose node_modules holds
# @vscode/vsce (editors/vscode/test/run-tests.sh installs one in the build tree); without it, the tools that
# test/package.json pins are installed from the npm registry into a scratch folder first. The extension is staged in a scratch folder first, so only its own
# files (and the project's LICENSE) are packed, whatever lies around the source folder.
# The project has no public repository address yet, so none is given (--allow-missing-repository).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mkdir -p "${1:-.}" && cd "${1:-.}" && pwd)
tools=${2:-}

stage=$(mktemp -d)
scratch=
trap 'rm -rf "$stage" $scratch' EXIT
cp -r "$here/package.json" "$here/extension.js" "$here/language-configuration.json" "$here/README.md" \
  "$here/.vscodeignore" \
  "$here/syntaxes" "$stage/"
cp "$root/LICENSE" "$stage/LICENSE"

version=$(node -p 'require(process.argv[1]).version' "$stage/package.json")
vsix="$out/mvbasic-$version.vsix"
if [ -z "$tools" ]; then
  scratch=$(mktemp -d)
  tools=$scratch
  cp "$here/test/package.json" "$tools/"
  (cd "$tools" && npm install --no-audit --no-fund --loglevel=error) || { echo "build-vsix: npm install failed" >&2; exit 1; }
fi
(cd "$stage" && "$tools/node_modules/.bin/vsce" package --no-dependencies --allow-missing-repository --out "$vsix") || {
  echo "build-vsix: vsce package failed" >&2
  exit 1
}
echo "build-vsix: wrote $vsix"
