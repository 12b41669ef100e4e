#!/usr/bin/env bash
# Writes docs/man/parley.1 again from the command definitions, with swift-argument-parser's
# generate-manual plugin. Run it after changing a command, an option or its help: the test
# suite (ManualPageTests) fails while the page says other than `parley --help` does.
#
#   scripts/man.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --allow-writing-to-directory docs/man generate-manual --configuration debug \
  --date "$(date -u +%Y-%m-%d)" --authors "the parley authors" -o docs/man
echo "docs/man/parley.1: $(wc -l < docs/man/parley.1) lines; read it with: man -l docs/man/parley.1"
