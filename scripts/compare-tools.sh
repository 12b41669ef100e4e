#!/usr/bin/env bash
# Compares parley with the tools people use today, on the same generated archive, in one run:
# ripgrep (`rg -c -i WORD`) and fzf (`fzf -f WORD`) each scan the whole file once; parley
# answers the same one-shot count from the JSON Lines (`parley quotes WORD --quotes FILE
# --count`, loading and indexing included) and from an index built once (`parley archive
# build`, not timed: it is made once and kept), and parley-bench reports what one search
# costs once the archive is loaded, which is what each keystroke costs in the dashboard.
#
# Usage: scripts/compare-tools.sh [QUOTES] [WORD]   (defaults: 100000 security)
# Tools that are not installed are skipped; hyperfine is used for timing when present.
set -euo pipefail
cd "$(dirname "$0")/.."
quotes="${1:-100000}"
word="${2:-security}"
# Building the benchmark (its own package, Benchmarks/) builds parley beside it.
swift build -c release --package-path Benchmarks --product parley-bench >/dev/null
bench=Benchmarks/.build/release/parley-bench
parley=Benchmarks/.build/release/parley
file="${TMPDIR:-/tmp}/parley-bench-$quotes.jsonl"
[ -f "$file" ] || "$bench" generate --quotes "$quotes" "$file"
index="${TMPDIR:-/tmp}/parley-bench-$quotes.index"
# Built again when missing or refused (an index of an older format, say).
"$parley" quotes --count "$word" --quotes "$index" >/dev/null 2>&1 \
  || "$parley" archive build "$file" --output "$index" --force >/dev/null

commands=()
names=()
if command -v rg >/dev/null; then commands+=("rg -c -i $word $file"); names+=("ripgrep $(rg --version | head -1 | cut -d' ' -f2)"); fi
if command -v fzf >/dev/null; then commands+=("fzf -f $word < $file > /dev/null"); names+=("fzf $(fzf --version | cut -d' ' -f1)"); fi
commands+=("$parley quotes --count $word --quotes $file"); names+=("parley, JSON Lines (load, index, search)")
commands+=("$parley quotes --count $word --quotes $index"); names+=("parley, built index (open, search)")

echo "archive: $quotes quotes, $(du -m "$file" | cut -f1) MiB; word: $word; machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo
echo "| command | what it does | median |"
echo "|---|---|---|"
for n in "${!commands[@]}"; do
  command="${commands[$n]}"
  if command -v hyperfine >/dev/null; then
    runs=10; [ "$quotes" -ge 500000 ] && runs=3
    median=$(hyperfine --warmup 1 --runs "$runs" --export-json /tmp/parley-compare.json "$command" >/dev/null 2>&1 \
      && python3 -c "import json; print(round(json.load(open('/tmp/parley-compare.json'))['results'][0]['median']*1000))")
  else
    start=$(date +%s%N); bash -c "$command" >/dev/null; end=$(date +%s%N); median=$(( (end - start) / 1000000 ))
  fi
  shown="${command//$file/FILE}"
  echo "| ${names[$n]} | \`${shown//$index/INDEX}\` | ${median} ms |"
done
search=$("$bench" measure "$file" | python3 -c "import json,sys; d=json.load(sys.stdin); q=[x for x in d['queries'] if x['query'].startswith('common word')][0]; print(q['p50_ms'], d['search_p99_ms'], d['keystroke_p99_ms'])")
read -r one p99 keystroke <<<"$search"
echo "| parley, archive loaded | one search for a common word (median); all query kinds (p99); keystroke to frame (p99) | ${one} ms; ${p99} ms; ${keystroke} ms |"
