#!/usr/bin/env bash
# clang-tidy regression check, bounded in time: runs the repository's .clang-tidy over the
# translation units of core/ that include neither LibTorch nor Qt (LibTorch headers alone take
# minutes per file, and the CLI11 users of app/cli/ several times longer than a core file) and compares the warnings per file with cmake/tidy-baseline.txt.
# A file with more warnings than its baseline (or any warning in a file not listed) fails.
# Usage: cmake/tidy-check.sh BUILD_DIR [--update]   (--update rewrites the baseline)
set -euo pipefail

build="${1:?usage: tidy-check.sh BUILD_DIR [--update]}"
update="${2:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
baseline="$root/cmake/tidy-baseline.txt"
jobs="$(nproc 2>/dev/null || echo 2)"
tidy="$(command -v clang-tidy || true)"
[ -n "$tidy" ] || { echo "tidy-check: clang-tidy is not installed" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "tidy-check: no $build/compile_commands.json" >&2; exit 1; }

# The files: our core sources in the compilation database, minus torch and Qt users.
mapfile -t files < <(python3 - "$build/compile_commands.json" "$root" <<'PY'
import json, os, re, sys
db, root = sys.argv[1], sys.argv[2]
heavy = re.compile(r'#\s*include\s*[<"](torch/|ATen/|c10/|Q[A-Za-z]+|qcustomplot)')
detail = re.compile(r'#\s*include\s*"(nn/detail/[a-z_]+\.h)"')
def text(path):
    return open(path, encoding="utf-8", errors="replace").read()
seen = set()
for entry in json.load(open(db)):
    path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if not rel.startswith("core/") or rel in seen:
        continue
    seen.add(rel)
    source = text(path)
    # nn/detail/ headers are private to core/nn; some of them include LibTorch.
    source += "".join(text(os.path.join(root, "core", h)) for h in detail.findall(source)
                      if os.path.exists(os.path.join(root, "core", h)))
    if not heavy.search(source):
        print(rel)
PY
)
echo "tidy-check: ${#files[@]} files, $jobs jobs"

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
start=$SECONDS
(cd "$root" && printf '%s\n' "${files[@]}" |
    xargs -P "$jobs" -n 1 "$tidy" -p "$build" --quiet 2>/dev/null) >"$out" || true
echo "tidy-check: clang-tidy took $((SECONDS - start)) s"

# "path:line:col: warning: text [check]" -> unique per location and check, counted per file.
current="$(grep -E '^/.*: warning: .*\[[a-z0-9.,-]+\]$' "$out" |
    sed -E "s|^$root/||" | sort -u |
    awk -F: '{count[$1]++} END {for (f in count) print count[f], f}' | sort -k2)"

if [ "$update" = "--update" ]; then
    { echo "# clang-tidy warnings per file (cmake/tidy-check.sh --update rewrites it); lower only."
      echo "$current"; } >"$baseline"
    echo "tidy-check: baseline written ($(echo "$current" | awk '{s+=$1} END {print s+0}') warnings)"
    exit 0
fi

status=0
while read -r n file; do
    [ -n "$file" ] || continue
    allowed="$(awk -v f="$file" '$2 == f {print $1}' "$baseline")"
    allowed="${allowed:-0}"
    if [ "$n" -gt "$allowed" ]; then
        echo "tidy-check: $file has $n warnings (baseline $allowed):" >&2
        grep -F "$root/$file:" "$out" | grep ': warning: ' | sort -u >&2
        status=1
    elif [ "$n" -lt "$allowed" ]; then
        echo "tidy-check: $file is down to $n warnings from $allowed: lower its baseline"
    fi
done <<<"$current"
total="$(echo "$current" | awk '{s+=$1} END {print s+0}')"
echo "tidy-check: $total warnings in total; $([ $status = 0 ] && echo passed || echo FAILED)"
exit $status
