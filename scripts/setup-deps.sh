#!/usr/bin/env bash
# Installs the Debian 12 packages that building, testing and benchmarking mvbasic need.
#
#   scripts/setup-deps.sh
#
# Idempotent: when every package is already installed it only asks dpkg and exits at once, so the README's
# commands and CI can call it every time. Otherwise it runs `apt-get update` once and installs what is
# missing, through sudo when not run as root.
set -euo pipefail

packages=(
  g++ cmake ninja-build                          # compiler and build
  libboost-dev libboost-program-options-dev      # Boost.Asio (header-only) and Boost.Program_options
  libgtest-dev googletest                        # unit tests
  libssl-dev                                     # AES-128 and SHA-256 (libcrypto) for ENCRYPT()/DECRYPT()
  openssl                                       # the openssl command: test_tls.py's certificates and peers
  libsqlite3-dev sqlite3                         # hashed files (and the sqlite3 shell for backups and tests)
  libedit-dev libncurses-dev libbsd-dev libmd-dev  # line editing in the REPL (and what static libedit needs)
  clang-14 libclang-rt-14-dev                    # libFuzzer and sanitizer runtimes for clang
  lua5.4                                         # the benchmarks' reference
  python3 netcat-openbsd tmux                    # test helpers (tmux: the terminal tests)
  rapidjson-dev                                  # JSON parsing and building (JPARSE, JBUILD)
  nodejs npm                                     # the editor tests (editors/vscode) and its .vsix build
  haproxy                                        # the load-balancer test in front of mvbasic serve
)

# dpkg-query prints nothing (and fails) for a package it has never heard of; that counts as missing.
missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = installed ] && continue
  # A nodejs from elsewhere (NodeSource's) holds npm itself, and conflicts with Debian's npm package.
  [ "$pkg" = npm ] && command -v npm >/dev/null 2>&1 && continue
  missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup-deps: not root and no sudo; install these as root: ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi

echo "setup-deps: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
