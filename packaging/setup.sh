#!/usr/bin/env bash
# One-step set-up on a fresh Debian 12 machine: installs the missing Debian packages
# (packaging/debian-packages.txt, with sudo when not root), configures and builds, then
#   run   starts the desktop app with the bundled sample interferogram opened (default), or
#   test  runs the whole test suite with CTest, then the clang-format and clang-tidy checks.
# Usage: bash packaging/setup.sh [run|test] [extra args for the app]
set -euo pipefail

mode="${1:-run}"
shift || true
case "$mode" in run|test) ;; *) echo "usage: bash packaging/setup.sh [run|test]" >&2; exit 2 ;; esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${INSAR_BUILD_DIR:-$root/build/release}"
jobs="$(nproc 2>/dev/null || echo 2)"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "setup: not root and sudo is not installed; run as root or install sudo" >&2
        exit 1
    fi
fi

# 1. Debian packages that are missing.
mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$root/packaging/debian-packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${#missing[@]} Debian package(s): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "setup: all Debian packages are present"
fi

# 2. Configure and build (Release; tests and benchmarks included).
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DINSAR_BUILD_TESTS=ON
cmake --build "$build" -j "$jobs"

# 3. The main job. `test` also fails on a formatting or clang-tidy regression.
if [ "$mode" = "test" ]; then
    status=0
    (cd "$build" && ctest --output-on-failure -j "$jobs" --timeout 900) || status=1
    cmake --build "$build" --target format-check || status=1
    cmake --build "$build" --target tidy-check || status=1
    exit "$status"
fi

app="$build/app/gui/insar-denoiser"
sample="$root/packaging/sample/sample_interferogram.tif"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "setup: no display found; starting the app inside a virtual X server (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$sample" "$@"
fi
exec "$app" "$sample" "$@"
