#!/usr/bin/env bash
# Builds parley's libFuzzer targets (FuzzTesting/, a package of its own so a user's
# `swift build` never builds them) with AddressSanitizer, and runs one of them.
#
#   scripts/fuzz.sh [TARGET] [SECONDS]     default: FuzzArticleDraft for 60 seconds
#
# The seed corpus is the project's own articles; a crash leaves its input as crash-* in
# FuzzTesting/, to become a fixture and a test.
set -euo pipefail
cd "$(dirname "$0")/../FuzzTesting"
target="${1:-FuzzArticleDraft}"
seconds="${2:-60}"
swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$target"
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
case "$target" in
  FuzzArticleDraft) cp ../Benchmarks/DraftQuality/*/*.txt ../docs/examples/*.txt "$corpus/" ;;
esac
".build/debug/$target" "$corpus" -max_total_time="$seconds" -max_len=20000 -timeout=20 -print_final_stats=1
