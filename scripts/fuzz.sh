#!/usr/bin/env bash
# Fuzz staffplan's readers with libFuzzer and AddressSanitizer (docs/reliability.md, README "Fuzzing").
#
#   scripts/fuzz.sh [TARGET...] [-- LIBFUZZER_FLAGS...]
#
# TARGET: csv, history, plan, agents, units (default: all). Each runs for FUZZ_SECONDS (default 120)
# on its corpus Fuzz/.build/corpus/TARGET, seeded from Fuzz/Seeds/TARGET; a crash leaves its input in
# Fuzz/.build/findings/ and makes the script exit non-zero. Logs go to Fuzz/.build/logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

targets=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do targets+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#targets[@]} -eq 0 ] && targets=(csv history plan agents units)
seconds="${FUZZ_SECONDS:-120}"

# The harness and every Swift module it uses are built with the fuzzer's coverage and ASan; libFuzzer
# supplies main, hence -parse-as-library.
swift build -c release --product StaffplanFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
binary="$(swift build -c release --show-bin-path)/StaffplanFuzz"

mkdir -p .build/findings .build/logs
status=0
for target in "${targets[@]}"; do
  corpus=".build/corpus/$target"
  mkdir -p "$corpus"
  cp -n Seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s" >&2
  if ! STAFFPLAN_FUZZ="$target" "$binary" "$corpus" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
      -rss_limit_mb=4096 -artifact_prefix=".build/findings/$target-" -print_final_stats=1 "$@" \
      >".build/logs/$target.log" 2>&1; then
    echo "fuzz: $target FOUND A CRASH; see Fuzz/.build/logs/$target.log and Fuzz/.build/findings/" >&2
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^stat::new_units_added|^Done" ".build/logs/$target.log" >&2 || true
done
exit $status
