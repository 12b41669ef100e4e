#!/usr/bin/env bash
# Redraws the pictures in docs/images from `parley render --format svg`, so the docs show
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

# The exported briefing as a browser shows it: its style and the top of its body in an SVG's
# foreignObject (the briefing's HTML is also well-formed XML), so the docs show the real thing.
"$parley" export --format html | python3 -c '
import re, sys
html = sys.stdin.read()
style = re.search(r"<style>(.*?)</style>", html, re.S).group(1).replace("body {", ".page {")
body = re.search(r"<body>(.*?)</body>", html, re.S).group(1)
width, height = 860, 1180
print(f"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">
<rect width="100%" height="100%" fill="#ffffff" stroke="#c8c8c8"/>
<foreignObject x="0" y="0" width="{width}" height="{height}">
<div xmlns="http://www.w3.org/1999/xhtml" class="page" style="margin: 0 auto; padding: 0.5rem 2rem; max-width: none;">
<style>{style}</style>
{body}
</div>
</foreignObject>
</svg>""")
' > docs/images/briefing-html.svg
