#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build over its committed seed corpus for a bounded time.
# New inputs go to a scratch corpus (the committed one is only read); a crash leaves its
# reproducer in the artifact folder and fails the script.
# Usage: tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET=30] [extra libFuzzer flags...]
#   e.g. tests/fuzz/run_fuzzers.sh build/fuzz 0 -runs=1000000   (a fixed number of executions)
set -euo pipefail

build="${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET] [libFuzzer flags...]}"
seconds="${2:-30}"
shift $(( $# >= 2 ? 2 : 1 ))
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/insar-fuzz.XXXXXX")"
artifacts="${FUZZ_ARTIFACTS:-$work/artifacts}"
mkdir -p "$artifacts"
trap 'rm -rf "$work/corpus"' EXIT

# Same sanitizer options as the asan preset's tests (cmake/sanitizers/); leaks of one input
# are findings too.
asan="$(grep -vE '^\s*(#|$)' "$here/../../cmake/sanitizers/asan_options.txt" | paste -sd: -)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-$asan}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-suppressions=$here/../../cmake/sanitizers/ubsan.supp:print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/../../cmake/sanitizers/lsan.supp:print_suppressions=0}"

failed=()
for seeds in "$here"/corpus/*/; do
    target="$(basename "$seeds")"
    exe="$(find "$build" -type f -name "$target" -perm -u+x | head -n 1)"
    if [ -z "$exe" ]; then
        echo "fuzz: $target is not built in $build" >&2
        failed+=("$target (not built)")
        continue
    fi
    mkdir -p "$work/corpus/$target"
    limit=()
    [ "$seconds" != 0 ] && limit=(-max_total_time="$seconds")
    echo "fuzz: $target ${limit[*]} $*"
    if ! "$exe" "${limit[@]}" -rss_limit_mb=2048 -timeout=10 -max_len=4096 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" "$@" "$work/corpus/$target" "$seeds" \
        >"$work/$target.log" 2>&1; then
        tail -n 40 "$work/$target.log" >&2
        failed+=("$target")
    fi
    grep -E '^stat::number_of_executed_units|^Done [0-9]+ runs' "$work/$target.log" | tail -n 2 || true
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (reproducers and logs in $work)" >&2
    exit 1
fi
echo "fuzz: all targets passed"
