#!/usr/bin/env bash
# The CI sanitizer stage: builds the `asan` preset (every library, both executables and every test,
# instrumented with AddressSanitizer + UBSan) and runs the whole test suite under it with the
# options of cmake/sanitizers/ (`ctest --preset asan`). Only the tests labelled plain-build-only
# are left out; CONTRIBUTING.md names them and says why.
# Usage: cmake/sanitizers/run_asan_suite.sh [JOBS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jobs="${1:-$(nproc 2>/dev/null || echo 2)}"
cmake --preset asan >/dev/null
start=$(date +%s)
cmake --build --preset asan -j "$jobs"
built=$(date +%s)
echo "run_asan_suite: build took $((built - start)) s"
echo "run_asan_suite: left out (plain-build-only):" \
    "$(ctest --test-dir build/asan -N -L plain-build-only | sed -n 's/^ *Test *#[0-9]*: *\([A-Za-z0-9_]*\).*$/\1/p' | paste -sd' ' -)"
status=0
ctest --preset asan -j "$jobs" || status=$?
echo "run_asan_suite: tests took $(($(date +%s) - built)) s"
exit "$status"
