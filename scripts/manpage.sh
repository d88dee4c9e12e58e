#!/bin/sh
# Prints shinsa's man page (roff, section 1), generated from the same help that
# `shinsa --help` shows, by swift-argument-parser's generate-manual plugin.
#
# usage: scripts/manpage.sh > shinsa.1
# The page is dated with the last commit (or SOURCE_DATE_EPOCH when set), so the same
# source gives the same page.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
else
  date=$(git log -1 --format=%cs 2>/dev/null || echo 2026-12-01)
fi
# The plugin builds the package in release (shinsa is already built by install.sh) and
# writes one page per tool into its work folder.
find .build/plugins/GenerateManual -name shinsa.1 -exec rm -f {} + 2>/dev/null || true
swift package plugin generate-manual --configuration release --date "$date" >&2
page=$(find .build/plugins/GenerateManual -name shinsa.1 | head -n 1)
if [ -z "$page" ]; then
  echo "manpage.sh: generate-manual wrote no shinsa.1" >&2
  exit 70
fi
cat "$page"
