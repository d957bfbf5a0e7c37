#!/usr/bin/env bash
# Builds the VS Code extension's installable package, mvbasic-VERSION.vsix, with @vscode/vsce.
#
#   editors/vscode/build-vsix.sh [OUT_DIR] [TOOLS_DIR]
#
# OUT_DIR (default: the current directory) receives the .vsix. TOOLS_DIR is a folder whose node_modules holds
# @vscode/vsce (editors/vscode/test/run-tests.sh installs one in the build tree); without it, npx fetches the
# pinned version from the npm registry. The extension is staged in a scratch folder first, so only its own
# files (and the project's LICENSE) are packed, whatever lies around the source folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mkdir -p "${1:-.}" && cd "${1:-.}" && pwd)
tools=${2:-}

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -r "$here/package.json" "$here/extension.js" "$here/language-configuration.json" "$here/README.md" \
  "$here/syntaxes" "$stage/"
cp "$root/LICENSE" "$stage/LICENSE"

version=$(node -p 'require(process.argv[1]).version' "$stage/package.json")
vsix="$out/mvbasic-$version.vsix"
if [ -n "$tools" ]; then
  vsce=("$tools/node_modules/.bin/vsce")
else
  vsce=(npx --yes @vscode/vsce@2.32.0)
fi
(cd "$stage" && "${vsce[@]}" package --no-dependencies --out "$vsix") || {
  echo "build-vsix: vsce package failed" >&2
  exit 1
}
echo "build-vsix: wrote $vsix"
