#!/bin/sh
# Runs a command with the sanitizer settings of DuoCoach's sanitized build (make test-asan,
# scripts/run-fuzzers.sh): stop at the first error, print a stack for undefined behaviour, and
# the narrow suppressions of tests/sanitizers/ for what leaks inside Qt and the system
# libraries below it (each entry says why it is there).
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=0}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp}"
exec "$@"
