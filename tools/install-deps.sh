#!/usr/bin/env bash
# Installs the Debian (bookworm) packages the project builds and tests with. Idempotent; needs
# root (or sudo). `--test` adds what only the tests need (Chromium, clang for fuzzing, …).
set -euo pipefail

# What `cmake -S . -B build && cmake --build build` needs (the tests are built by default).
packages=(build-essential cmake pkg-config libre2-dev nlohmann-json3-dev libcli11-dev
          libcpp-httplib-dev libssl-dev libpoppler-private-dev libseccomp-dev catch2 libcairo2-dev zlib1g-dev zip file)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(clang libclang-rt-14-dev chromium firefox-esr openssl nodejs npm poppler-utils lintian)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from outside Debian (the machine image has them): don't fight that.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  echo "installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
