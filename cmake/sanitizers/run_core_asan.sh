#!/usr/bin/env bash
# The CI sanitizer stage: builds the `asan` preset's tests of the core libraries that link neither
# LibTorch nor Qt widgets (common, synthesis, metrics, io, corrections: every parser of untrusted
# files is among them) and runs them with the options of cmake/sanitizers/. The torch and GUI tests
# are left to the full `ctest --preset asan` (CONTRIBUTING.md): their build alone would double CI.
# Usage: cmake/sanitizers/run_core_asan.sh [JOBS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jobs="${1:-$(nproc 2>/dev/null || echo 2)}"
cmake --preset asan >/dev/null
# Tests labelled core, minus those that run the CLI (it links LibTorch) and core/pipeline (the CNN).
mapfile -t tests < <(ctest --test-dir build/asan -N -L core -LE 'cli|pipeline|plain-build-only' |
    sed -n 's/^ *Test *#[0-9]*: *\([A-Za-z0-9_]*\).*$/\1/p')
if [ "${#tests[@]}" -eq 0 ]; then
    echo "run_core_asan: no tests found" >&2
    exit 1
fi
echo "run_core_asan: ${#tests[@]} tests: ${tests[*]}"
cmake --build build/asan -j "$jobs" --target "${tests[@]}"
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
ctest --preset asan -R "$regex" -j "$jobs"
