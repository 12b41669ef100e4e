#!/usr/bin/env bash
# Runs swift-format's linter (the toolchain's `swift format lint`, configured by .swift-format)
# over the Swift sources and holds each rule's count of findings to the counts in
# scripts/format-lint-counts.txt, so the long lines and other findings already there stop
# growing while they are worked down. CI runs it; so can you before committing.
#
#   scripts/format-lint.sh            fail (exit 1) if any rule has more findings than counted
#   scripts/format-lint.sh --update   write the counts down again (do it when they fall)
#   scripts/format-lint.sh --list R   print rule R's findings, file:line:column first
set -euo pipefail
cd "$(dirname "$0")/.."
counts=scripts/format-lint-counts.txt

if ! swift format --version >/dev/null 2>&1; then
  echo "scripts/format-lint.sh: 'swift format' is not in this toolchain (it comes with Swift 6.0 and later)" >&2
  exit 1
fi

# The generated files are written by code (SwiftLiteral, ThemeLiteral), not by hand.
mapfile -t files < <(git ls-files '*.swift' | grep -v '\.generated\.swift$')
findings="$(swift format lint --configuration .swift-format "${files[@]}" 2>&1 | grep -E ': warning: \[[A-Za-z]+\]' || true)"

# "RULE COUNT" per line, sorted by rule.
current="$(printf '%s\n' "$findings" | sed -nE 's/.*: warning: \[([A-Za-z]+)\].*/\1/p' | sort | uniq -c | awk '{print $2, $1}')"

case "${1:-}" in
  --update)
    { echo "# swift format lint findings per rule, held by scripts/format-lint.sh: none may grow."
      printf '%s\n' "$current"; } > "$counts.tmp"
    mv "$counts.tmp" "$counts"
    echo "scripts/format-lint.sh: counts written to $counts"
    exit 0 ;;
  --list)
    printf '%s\n' "$findings" | grep -F "[${2:?--list needs a rule, such as LineLength}]" || true
    exit 0 ;;
esac

status=0
while read -r rule count; do
  [ -z "$rule" ] && continue
  allowed="$(awk -v r="$rule" '$1 == r {print $2}' "$counts")"
  allowed="${allowed:-0}"
  if [ "$count" -gt "$allowed" ]; then
    echo "scripts/format-lint.sh: $rule: $count findings, $allowed allowed; see them with: scripts/format-lint.sh --list $rule" >&2
    status=1
  elif [ "$count" -lt "$allowed" ]; then
    echo "scripts/format-lint.sh: $rule: $count findings, fewer than the $allowed counted; scripts/format-lint.sh --update holds the gain"
  fi
done <<< "$current"
[ "$status" -eq 0 ] && echo "scripts/format-lint.sh: no rule has more findings than counted"
exit "$status"
