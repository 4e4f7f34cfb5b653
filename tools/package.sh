#!/usr/bin/env bash
# The Debian package and the extension zips:
#   dist/coolpapers_<version>_<arch>.deb           (CPack; Depends from dpkg-shlibdeps)
#   dist/cool-papers-router-<version>-chrome.zip    (Chrome Web Store)
#   dist/cool-papers-router-<version>-firefox.zip   (addons.mozilla.org / about:debugging)
# Prints the .deb's path first. Builds in build-package/ (Release, no tests), or in an existing
# build tree named by COOLPAPERS_PACKAGE_BUILD (the test command reuses build/: only the install
# prefix changes, which recompiles nothing). Needs tools/install-deps.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${COOLPAPERS_PACKAGE_BUILD:-build-package}
fresh=()
[[ -f "$build/CMakeCache.txt" ]] || fresh=(-DCMAKE_BUILD_TYPE=Release -DCOOLPAPERS_TESTS=OFF)
cmake -S . -B "$build" "${fresh[@]}" -DCMAKE_INSTALL_PREFIX=/usr -DCOOLPAPERS_DEB_PACKAGE=ON >/dev/null
cmake --build "$build" -j2 >/dev/null
rm -rf "$build/package"
(cd "$build" && cpack -G DEB >/dev/null)
mkdir -p dist
cp "$build"/package/coolpapers_*.deb "$build"/extension-zips/*.zip dist/
for f in "$build"/package/coolpapers_*.deb "$build"/extension-zips/*.zip; do echo "dist/${f##*/}"; done
