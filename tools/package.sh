#!/usr/bin/env bash
# The Debian package and the extension zips:
#   dist/coolpapers_<version>_<arch>.deb           (CPack; Depends from dpkg-shlibdeps)
#   dist/cool-papers-router-<version>-chrome.zip    (Chrome Web Store)
#   dist/cool-papers-router-<version>-firefox.zip   (addons.mozilla.org / about:debugging)
# Builds in build-package/ (Release, prefix /usr, no tests). Needs tools/install-deps.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-package
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DCOOLPAPERS_DEB_PACKAGE=ON -DCOOLPAPERS_TESTS=OFF >/dev/null
cmake --build "$build" -j2
rm -rf "$build/package"
(cd "$build" && cpack -G DEB >/dev/null)
mkdir -p dist
cp "$build"/package/coolpapers_*.deb "$build"/extension-zips/*.zip dist/
ls -1 dist/coolpapers_*.deb "$build"/extension-zips/*.zip | sed 's|.*/|dist/|'
