#!/usr/bin/env bash
# Redraws the pictures in docs/images from `parley render --format svg`, so README shows
# exactly what the dashboard draws. Run from the repository's root after changing a view
# or a theme, and review the pictures in the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product parley
parley=".build/debug/parley"
for theme in default light high-contrast; do
  "$parley" render --size 100x30 --format svg --theme "$theme" > "docs/images/home-$theme.svg"
done
"$parley" render --screen quotes --query "nato ukr" --size 100x30 --format svg --theme base16-default-dark > docs/images/quotes-base16-default-dark.svg
"$parley" render --screen positions --size 100x30 --format svg --theme colour-blind > docs/images/positions-colour-blind.svg
