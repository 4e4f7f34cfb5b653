#!/usr/bin/env bash
# cmake --install into a DESTDIR with a prefix, then the tree moved elsewhere: the installed
# program still finds its PDF helper and title index (relative to itself), from any directory;
# a missing helper or index is an error naming the paths it looked at.
#   installed_tree_test.sh BUILD_DIR CORPUS_PDF
set -euo pipefail
build=$1 pdf=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR="$tmp/dest" cmake --install "$build" --prefix /opt/coolpapers >/dev/null
root="$tmp/dest/opt/coolpapers"
for f in bin/coolpapers libexec/coolpapers/coolpapers-pdf libexec/coolpapers/coolpapers-pdf-fetch share/coolpapers/title-index.bin \
         share/coolpapers/extension/unpacked/manifest.json share/man/man1/coolpapers.1.gz \
         share/bash-completion/completions/coolpapers share/doc/coolpapers/README.md; do
  [[ -e "$root/$f" ]] || fail "not installed: $f"
done
ls "$root"/share/coolpapers/extension/cool-papers-router-*-chrome.zip \
   "$root"/share/coolpapers/extension/cool-papers-router-*-firefox.zip >/dev/null || fail "extension zips not installed"
[[ ! -e "$root/bin/coolpapers-pdf" ]] || fail "the helper is on PATH"

mv "$root" "$tmp/moved"
cd /
out=$(env -u COOLPAPERS_PDF_HELPER -u COOLPAPERS_TITLE_INDEX "$tmp/moved/bin/coolpapers" pdf --json "$pdf") ||
  fail "pdf from the moved tree: $out"
grep -q '"ids":\[{' <<<"$out" || fail "no id from $pdf: $out"

rm "$tmp/moved/libexec/coolpapers/coolpapers-pdf" "$tmp/moved/share/coolpapers/title-index.bin"
set +e
err=$(env -u COOLPAPERS_PDF_HELPER "$tmp/moved/bin/coolpapers" pdf "$pdf" 2>&1 >/dev/null); code=$?
set -e
[[ $code -eq 2 && $err == *"$tmp/moved/bin/../libexec/coolpapers/coolpapers-pdf"* ]] || fail "missing helper: exit $code, $err"
set +e
err=$(env -u COOLPAPERS_TITLE_INDEX "$tmp/moved/bin/coolpapers" title "Attention Is All You Need" 2>&1 >/dev/null); code=$?
set -e
[[ $code -eq 2 && $err == *"$tmp/moved/bin/../share/coolpapers/title-index.bin"* ]] || fail "missing index: exit $code, $err"
echo "installed tree OK"
