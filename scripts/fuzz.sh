#!/usr/bin/env bash
# Builds parley's libFuzzer targets (FuzzTesting/, a package of its own so a user's
# `swift build` never builds them) with AddressSanitizer, and runs them on seed corpora
# taken from the project's own fixtures, with a dictionary of the format's keys.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]     default: all, 60 seconds each
#
# Targets: FuzzArticleDraft FuzzDossierLoader FuzzQueryParser FuzzQuotebankLine
#          FuzzThemeParser FuzzKeyDecoder FuzzCellGrid FuzzNotesFile
#          FuzzKeymapFile FuzzSavedSearches
# Each target runs one check from Sources/ParleyFuzzChecks. A failure leaves its input as
# FuzzTesting/crash-* (or timeout-*, oom-*): once fixed, move it to
# FuzzTesting/FailCases/TARGET/ under a name that says what it found, and `swift test`
# replays it (FailCaseReplayTests). The exit status is the first failing target's.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
which="${1:-all}"
seconds="${2:-60}"
all=(FuzzArticleDraft FuzzDossierLoader FuzzDeskAssembly FuzzQueryParser FuzzQuotebankLine FuzzThemeParser FuzzKeyDecoder FuzzCellGrid FuzzNotesFile FuzzKeymapFile FuzzSavedSearches)
if [ "$which" = all ]; then targets=("${all[@]}"); else targets=("$which"); fi

(cd FuzzTesting && swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)

# Seeds and dictionary for a target, from the project's own files.
seeds() {
  local target="$1" corpus="$2"
  case "$target" in
    FuzzArticleDraft) cp Benchmarks/DraftQuality/*/*.txt docs/examples/*.txt "$corpus/"; echo article ;;
    FuzzDossierLoader)
      find Tests/ParleyModelTests/Fixtures -name '*.yaml' -exec cp {} "$corpus/" \;
      cp Sources/ParleyModel/Bundled/week-2022-01-10.yaml "$corpus/"; echo dossier ;;
    FuzzDeskAssembly)
      # Pairs of the Zenda desk's weeks and the files written to clash with them, one NUL between.
      local files=(docs/examples/zenda-desk/*.yaml Tests/ParleyModelTests/Fixtures/desk-extras/*.yaml) a b n=0
      for a in "${files[@]}"; do for b in "${files[@]}"; do
        n=$((n + 1)); { cat "$a"; printf '\0'; cat "$b"; } > "$corpus/pair-$n"
      done; done
      echo dossier ;;
    FuzzQueryParser) cp FuzzTesting/Corpus/queries/* "$corpus/"; echo query ;;
    FuzzQuotebankLine) cp FuzzTesting/Corpus/quotebank/* "$corpus/"; echo quotebank ;;
    FuzzThemeParser) cp themes/*.yaml Tests/ParleyUITests/ThemeFixtures/* "$corpus/"; echo theme ;;
    FuzzKeyDecoder) cp FuzzTesting/Corpus/keys/* "$corpus/"; echo "" ;;
    FuzzCellGrid) cp FuzzTesting/Corpus/grid/* "$corpus/"; echo "" ;;
    FuzzNotesFile) cp FuzzTesting/Corpus/notes/* "$corpus/"; echo notes ;;
    FuzzKeymapFile) cp FuzzTesting/Corpus/keymaps/* "$corpus/"; echo keymap ;;
    FuzzSavedSearches) cp FuzzTesting/Corpus/searches/* "$corpus/"; echo "" ;;
    *) echo "scripts/fuzz.sh: no target $target (targets: ${all[*]})" >&2; exit 64 ;;
  esac
}

# Swift's own crash backtracer is slow under AddressSanitizer; libFuzzer reports enough.
export SWIFT_BACKTRACE=enable=no
status=0
for target in "${targets[@]}"; do
  corpus="$(mktemp -d)"
  dictionary="$(seeds "$target" "$corpus")"
  options=(-max_total_time="$seconds" -max_len=20000 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1)
  [ -n "$dictionary" ] && options+=(-dict="$root/FuzzTesting/Dictionaries/$dictionary.dict")
  echo "== $target, $seconds s"
  # The fuzzer's own status, not grep's: a crash must fail the run (and CI).
  set +e
  (cd FuzzTesting && ".build/debug/$target" "$corpus" "${options[@]}" 2>&1) \
    | grep -E '^(stat::|Done|==[0-9]+==|SUMMARY|Fatal|.*crash-|.*timeout-|.*oom-)|error:|Fatal error'
  result=${PIPESTATUS[0]}
  set -e
  rm -rf "$corpus"
  if [ "$result" -ne 0 ] && [ "$status" -eq 0 ]; then status=$result; fi
done
exit "$status"
