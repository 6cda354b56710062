#!/usr/bin/env bash
# Builds the Debian package of a configured and built tree with cpack and checks it:
#   control file: Package, Section, Depends naming the package of every shared library the two
#                 executables link (dpkg-shlibdeps), plus libqt6svg6 for the SVG icons;
#   contents:     both executables, the model and its card, the sample, desktop file, metainfo,
#                 hicolor icon, MIME type and both man pages, nothing outside /usr;
#   metadata:     metainfo (appstreamcli validate, else an XML parse), desktop file keys, MIME XML,
#                 man pages render without warnings and document every CLI command;
#   install:      the unpacked insar-denoiser-cli finds the packaged model (nn::defaultModelPath)
#                 and denoises the packaged sample with it; the unpacked app starts offscreen.
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR BUILT_CLI BUILT_APP. Exit 77 (skipped) without dpkg-deb or cpack.
set -euo pipefail

build="$1"
src="$2"
built_cli="$3"
built_gui="$4"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
for tool in cpack dpkg-deb dpkg-shlibdeps python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (dpkg-dev and cmake are needed to build the package)"
        exit 77
    fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/insar-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# 1. Build the package into the temporary folder.
(cd "$build" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work"/pkg/insar-denoiser_*.deb)
[ "${#debs[@]}" -eq 1 ] || fail "expected one insar-denoiser_*.deb in the cpack output, found ${#debs[@]}"
deb="${debs[0]}"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# 2. Control file.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "insar-denoiser" ] || fail "Package is '$(field Package)'"
[ "$(field Section)" = "science" ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
! grep -q '^;' <<<"$(field Description)" || fail "Description lines start with ';' (a CMake list)"
depends="$(field Depends)"
echo "Depends: $depends"
# Package names alone, one per line ("libfoo1 (>= 1.2), libbar | libbaz" -> libfoo1 libbar libbaz).
dep_names="$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/:any//; s/^ +//; s/ +$//' | grep -v '^$' | sort -u)"
has_dep() { grep -qxF "$1" <<<"$dep_names"; }
for want in libgdal32 libqt6widgets6 'libtorch[0-9.]+' libqt6svg6; do
    grep -qxE "$want" <<<"$dep_names" || fail "Depends lacks $want"
done
# Every shared library the built executables link must come from a package named in Depends.
for exe in "$built_cli" "$built_gui"; do
    [ -x "$exe" ] || fail "built executable $exe is missing"
    ldd "$exe" >"$work/ldd.txt" || fail "ldd $exe failed"
    for lib in $(objdump -p "$exe" | awk '$1 == "NEEDED" {print $2}'); do
        # "libfoo.so.1 => /path (0x...)", or "/lib64/ld-linux-x86-64.so.2 (0x...)" for the loader
        path="$(awk -v lib="$lib" '$1 == lib && $2 == "=>" && $3 ~ /^\// {print $3; exit}
            $1 ~ /^\// && $1 ~ ("/" lib "$") {print $1; exit}' "$work/ldd.txt")"
        [ -n "$path" ] || fail "$(basename "$exe"): $lib is not found by the dynamic loader"
        pkg="$(dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true)"
        [ -n "$pkg" ] || continue # a library outside dpkg (a local LibTorch build): nothing to check
        pkg="${pkg%%:*}"
        has_dep "$pkg" || fail "$(basename "$exe") links $lib from package $pkg, which Depends does not name"
    done
done
echo "Recommends: $(field Recommends)"

# 3. Contents.
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents.txt"
for f in ./usr/bin/insar-denoiser ./usr/bin/insar-denoiser-cli \
    ./usr/share/insar-denoiser/models/insar-dncnn.model ./usr/share/insar-denoiser/models/MODEL_CARD.md \
    ./usr/share/insar-denoiser/sample/sample_interferogram.tif \
    ./usr/share/applications/insar-denoiser.desktop \
    ./usr/share/metainfo/io.github.insar_denoiser.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/insar-denoiser.svg \
    ./usr/share/mime/packages/insar-denoiser.xml \
    ./usr/share/man/man1/insar-denoiser.1 ./usr/share/man/man1/insar-denoiser-cli.1; do
    grep -qxF "$f" "$work/contents.txt" || fail "the package lacks $f"
done
outside="$(grep -vE '^\./(usr/?.*)?$' "$work/contents.txt" || true)"
[ -z "$outside" ] || fail "files outside /usr: $outside"
echo "contents: $(grep -vc '/$' "$work/contents.txt") files"

dpkg-deb -x "$deb" "$work/root"
share="$work/root/usr/share"
cmp -s "$share/insar-denoiser/models/insar-dncnn.model" "$src/packaging/models/insar-dncnn.model" ||
    fail "the packaged model differs from packaging/models/insar-dncnn.model"

# 4. Desktop metadata.
metainfo="$share/metainfo/io.github.insar_denoiser.metainfo.xml"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejects the metainfo"
else
    echo "appstreamcli is not installed: checking the metainfo as well-formed XML only"
fi
python3 - "$metainfo" "$share/mime/packages/insar-denoiser.xml" "$share/applications/insar-denoiser.desktop" <<'PY'
import configparser, sys, xml.etree.ElementTree as ET
meta = ET.parse(sys.argv[1]).getroot()
assert meta.tag == "component" and meta.get("type") == "desktop-application", "metainfo: not a desktop-application"
assert meta.findtext("id") == "io.github.insar_denoiser", "metainfo: wrong id"
assert meta.findtext("launchable") == "insar-denoiser.desktop", "metainfo: launchable is not the desktop file"
mime = ET.parse(sys.argv[2]).getroot()
ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
types = {t.get("type"): [g.get("pattern") for g in t.findall(ns + "glob")] for t in mime.findall(ns + "mime-type")}
assert types.get("application/x-insar-unw") == ["*.unw"], f"MIME XML: {types}"
desk = configparser.ConfigParser(interpolation=None, strict=True)
desk.optionxform = str
desk.read(sys.argv[3], encoding="utf-8")
e = desk["Desktop Entry"]
assert e["Type"] == "Application" and e["Exec"].split()[0] == "insar-denoiser", "desktop: Type/Exec"
assert e["Icon"] == "insar-denoiser", "desktop: Icon does not name the hicolor icon"
assert {"Science", "Geoscience"} <= set(filter(None, e["Categories"].split(";"))), "desktop: Categories"
assert {"image/tiff", "application/x-insar-unw"} <= set(filter(None, e["MimeType"].split(";"))), "desktop: MimeType"
print("metainfo, MIME type and desktop file: OK")
PY
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$share/applications/insar-denoiser.desktop" || fail "desktop-file-validate"
fi

# 5. Man pages: render without warnings, and every command of the built CLI has a section.
for page in insar-denoiser insar-denoiser-cli; do
    if command -v groff >/dev/null 2>&1; then
        warnings="$(groff -man -Tutf8 -ww -z "$share/man/man1/$page.1" 2>&1)"
        [ -z "$warnings" ] || fail "$page.1: $warnings"
    fi
done
commands="$("$built_cli" --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1}')"
[ -n "$commands" ] || fail "no commands in insar-denoiser-cli --help"
for c in $commands; do
    grep -qxF ".SS $c" "$share/man/man1/insar-denoiser-cli.1" || fail "insar-denoiser-cli.1 has no section for '$c'"
done
for c in $(awk '/^\.SS / {print $2}' "$share/man/man1/insar-denoiser-cli.1"); do
    grep -qxF "$c" <<<"$commands" || fail "insar-denoiser-cli.1 documents '$c', which the CLI does not have"
done
echo "man pages: $(wc -w <<<"$commands") commands documented"

# 6. The unpacked CLI finds the packaged model (<exe>/../share/insar-denoiser/models) and uses it.
cli="$work/root/usr/bin/insar-denoiser-cli"
"$cli" --help >/dev/null || fail "the packaged insar-denoiser-cli --help failed"
unset INSAR_MODEL
"$cli" denoise --threads 2 --out "$work/clean.tif" "$share/insar-denoiser/sample/sample_interferogram.tif" \
    2>"$work/denoise.log" || { cat "$work/denoise.log" >&2; fail "the packaged CLI could not denoise the sample"; }
grep -qF "denoise: model $share/insar-denoiser/models/insar-dncnn.model " "$work/denoise.log" ||
    { cat "$work/denoise.log" >&2; fail "the packaged CLI did not use the packaged model"; }
[ -s "$work/clean.tif" ] || fail "no denoised output"
echo "packaged CLI denoised the sample with the packaged model"

# 7. The unpacked app starts (offscreen), opens the packaged sample and saves a screenshot. Its
#    settings go to a scratch folder, never to the user's.
XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen \
    timeout 120 "$work/root/usr/bin/insar-denoiser" --threads 2 --screenshot "$work/shot.png" \
    >"$work/app.log" 2>&1 || { cat "$work/app.log" >&2; fail "the packaged app failed to start"; }
[ "$(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] ||
    fail "the packaged app wrote no PNG screenshot"
echo "packaged app opened the sample and saved a screenshot"
echo "PASS"
