#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz (clang, in the sanitized build folder) and runs
# each for a bounded time, starting from its seed corpus. Fails when a target crashes or
# breaks one of its checks; the input that did it is copied into tests/fuzz/regressions/TARGET/,
# where the test fuzz.TARGET replays it in every test run from then on (fix the bug, keep the
# file). New inputs the fuzzer finds go to a scratch folder: the checked-in corpus stays small.
#
# Usage: scripts/run-fuzzers.sh [SECONDS per target, default 60]
# Environment: BUILD_DIR (default build-asan, shared with make test-asan), JOBS.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build="${BUILD_DIR:-build-asan}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
targets="FuzzCsvImport FuzzPackageReader"

command -v clang++ >/dev/null || { echo "run-fuzzers: clang++ is needed (scripts/setup-deps.sh)" >&2; exit 1; }
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DDUOCOACH_SANITIZE=ON -DDUOCOACH_FUZZ=ON >/dev/null
# shellcheck disable=SC2086 # the target list is meant to split
cmake --build "$build" --parallel "$jobs" --target $targets

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
status=0
passed=0
failed=0
for target in $targets; do
    mkdir -p "$scratch/$target/corpus" "$scratch/$target/crashes"
    log="$scratch/$target/log"
    # The first folder receives what the fuzzer adds; the seed corpus is only read.
    if ./scripts/sanitizer-env.sh "$build/tests/fuzz/$target" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
        -artifact_prefix="$scratch/$target/crashes/" \
        "$scratch/$target/corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
        echo "fuzz $target: ${runs:-?} inputs in ${seconds} s, no crash"
        passed=$((passed + 1))
    else
        status=1
        failed=$((failed + 1))
        echo "fuzz $target: FAILED" >&2
        tail -n 60 "$log" >&2
        for found in "$scratch/$target/crashes/"*; do
            [ -e "$found" ] || continue
            cp "$found" "tests/fuzz/regressions/$target/"
            echo "fuzz $target: kept tests/fuzz/regressions/$target/$(basename "$found")" >&2
        done
    fi
done
echo "fuzz: $passed passed, $failed failed"
exit "$status"
