#!/usr/bin/python3
"""User-path benchmark of `insar-denoiser-cli denoise` (wall time, I/O included).

1. Writes a SIZE x SIZE float32 GeoTIFF in metres (INSAR_UNITS=m) with osgeo.gdal.
2. Exports the model to TorchScript with `insar-denoiser-cli export`.
3. Times `insar-denoiser-cli denoise --model M --out O IN` (best of REPS) and a PyTorch-Python
   loop with the exported module over 300 x 300 tiles overlapping by 64 px (each keeps its centre),
   warmed up, torch threads = cores, reading and writing GeoTIFF with osgeo.gdal (best of REPS);
   prints both times and their ratio.
4. Denoises a BIG x BIG raster with the CLI and prints its wall time and peak RSS (os.wait4).

Run with /usr/bin/python3 (Debian's python3-gdal and python3-torch); without torch the PyTorch
part is skipped with a message. Prints figures, never asserts on time.
Usage: bench_denoise_cli.py --cli build/dev/app/cli/insar-denoiser-cli [--model M] [--size 1500]
       [--big 10000 | --big 0] [--reps 3] [--workdir DIR]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from osgeo import gdal

gdal.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_MODEL = os.path.normpath(os.path.join(HERE, "..", "..", "..", "packaging", "models", "insar-dncnn.model"))
TILE, OVERLAP = 300, 64


def make_geotiff(path, n, seed=1, block=1000):
    """A smooth field plus noise, metres, written in row blocks (memory stays small for 10,000²)."""
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(path, n, n, 1, gdal.GDT_Float32, ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    ds.SetMetadataItem("INSAR_UNITS", "m")
    ds.SetGeoTransform([30.0, 0.0008, 0, 40.0, 0, -0.0008])
    rng = np.random.default_rng(seed)
    band = ds.GetRasterBand(1)
    x = np.arange(n, dtype=np.float32)
    for r0 in range(0, n, block):
        rows = min(block, n - r0)
        y = np.arange(r0, r0 + rows, dtype=np.float32)[:, None]
        a = 0.02 * np.sin(0.01 * x)[None, :] * np.cos(0.013 * y) + 0.003 * rng.standard_normal((rows, n))
        band.WriteArray(a.astype(np.float32), 0, r0)
    ds = None


def run_cli(cmd):
    """Runs cmd; returns (wall seconds, peak RSS in MiB of that process)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench_denoise_cli: {' '.join(cmd)} failed ({code}):\n{err}")
    return wall, usage.ru_maxrss / 1024.0


def starts(n, tile, overlap):
    if n <= tile:
        return [0]
    out, s = [], 0
    while s + tile < n:
        out.append(s)
        s += tile - overlap
    out.append(n - tile)
    return out


def torch_loop(torch, module, src, dst):
    """The Python reference: 300² tiles overlapping by 64 px, each keeping its centre."""
    ds = gdal.Open(src)
    a = ds.GetRasterBand(1).ReadAsArray().astype(np.float32)
    h, w = a.shape
    out = np.empty_like(a)
    th, tw = min(TILE, h), min(TILE, w)
    half = OVERLAP // 2
    with torch.no_grad():
        for r0 in starts(h, th, OVERLAP):
            for c0 in starts(w, tw, OVERLAP):
                x = torch.from_numpy(np.ascontiguousarray(a[r0 : r0 + th, c0 : c0 + tw]))[None, None]
                y = module(x)[0, 0].numpy()
                ry = half if r0 > 0 else 0
                rx = half if c0 > 0 else 0
                out[r0 + ry : r0 + th, c0 + rx : c0 + tw] = y[ry:, rx:]
    drv = gdal.GetDriverByName("GTiff")
    o = drv.Create(dst, w, h, 1, gdal.GDT_Float32, ["TILED=YES", "COMPRESS=DEFLATE"])
    o.SetGeoTransform(ds.GetGeoTransform())
    o.SetMetadataItem("INSAR_UNITS", "m")
    o.GetRasterBand(1).WriteArray(out)
    o = None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="path of insar-denoiser-cli")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--size", type=int, default=1500)
    ap.add_argument("--big", type=int, default=10000, help="side of the peak-RSS run (0 = skip)")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--workdir", default=None)
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    work = args.workdir or tempfile.mkdtemp(prefix="bench_denoise_cli_")
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, f"in{args.size}.tif")
    make_geotiff(src, args.size)
    ts = os.path.join(work, "model.pt")
    run_cli([args.cli, "export", "--model", args.model, "--torchscript", ts, "--overwrite"])
    print(f"cores {cores}, model {args.model}, map {args.size}x{args.size} float32 GeoTIFF (m)")

    out = os.path.join(work, "cli.tif")
    # --reference none keeps the map's level, as the Python loop does, so the maps compare value
    # for value; the default (automatic re-referencing) costs one more read of the input.
    base = [args.cli, "denoise", "--model", args.model, "--overwrite", "--quiet", "--reference", "none"]
    cmd = base + ["--out", out, src]
    cli_times = [run_cli(cmd)[0] for _ in range(args.reps)]
    cli = min(cli_times)
    print(f"cli     denoise {args.size}^2, whole command incl. I/O: best {cli:.2f} s of {args.reps}"
          f" ({', '.join(f'{t:.2f}' for t in cli_times)})")
    bf16 = os.path.join(work, "cli_bf16.tif")
    bf16_times = [run_cli(base + ["--bf16", "--out", bf16, src])[0] for _ in range(args.reps)]
    print(f"cli     --bf16 (bfloat16 middle layers where the CPU has AVX-512 BF16): best {min(bf16_times):.2f} s"
          f" ({', '.join(f'{t:.2f}' for t in bf16_times)})")
    a32 = gdal.Open(out).ReadAsArray().astype(np.float64)
    a16 = gdal.Open(bf16).ReadAsArray().astype(np.float64)
    print(f"        RMS(bf16 - fp32) = {100 * np.sqrt(np.mean((a16 - a32) ** 2)) / np.sqrt(np.mean(a32 ** 2)):.3f}%"
          " of the fp32 output's RMS (bound 0.5 %)")
    same = os.path.join(work, "cli_same_tiles.tif")
    same_cmd = base + ["--tile", str(TILE), "--overlap", str(OVERLAP), "--out", same, src]
    same_times = [run_cli(same_cmd)[0] for _ in range(args.reps)]
    print(f"cli     the loop's tiling (--tile {TILE} --overlap {OVERLAP}, approximate): best {min(same_times):.2f} s"
          f" ({', '.join(f'{t:.2f}' for t in same_times)})")

    try:
        import torch
    except ImportError:
        torch = None
        print("pytorch: skipped, `import torch` failed (install python3-torch for the comparison)")
    if torch is not None:
        torch.set_num_threads(cores)
        module = torch.jit.load(ts)
        module.eval()
        with torch.no_grad():  # warm-up
            module(torch.zeros(1, 1, TILE, TILE))
        ref = os.path.join(work, "torch.tif")
        times = []
        for _ in range(args.reps):
            t = time.perf_counter()
            torch_loop(torch, module, src, ref)
            times.append(time.perf_counter() - t)
        py = min(times)
        print(f"pytorch {TILE}^2 tiles overlapping {OVERLAP} px, {cores} threads, GDAL I/O: best {py:.2f} s"
              f" of {args.reps} ({', '.join(f'{t:.2f}' for t in times)})")
        print(f"ratio   pytorch loop / cli denoise, same run: {py / cli:.2f}x"
              f" (with --bf16: {py / min(bf16_times):.2f}x; with the loop's tiling: {py / min(same_times):.2f}x)")
        b = gdal.Open(ref).ReadAsArray().astype(np.float64)
        r = gdal.Open(src).ReadAsArray().astype(np.float64) - b
        for name, path in (("cli (exact tiles)", out), ("cli (loop's tiles)", same)):
            d = gdal.Open(path).ReadAsArray().astype(np.float64) - b
            d -= d.mean()  # a constant level is arbitrary
            rms = np.sqrt(np.mean(d**2))
            print(f"        RMS({name} - pytorch loop), mean removed = {rms:.3e} m"
                  f" ({100 * rms / np.sqrt(np.mean(r ** 2)):.2f}% of the removed RMS)")
        print("        (the loop's 64 px overlap is below the 125 px receptive field and it normalises each tile"
              " by its own mean; the CLI uses the whole map's statistics)")

    if args.big > 0:
        big = os.path.join(work, f"in{args.big}.tif")
        make_geotiff(big, args.big, seed=2)
        bout = os.path.join(work, "big.tif")
        wall, rss = run_cli([args.cli, "denoise", "--model", args.model, "--out", bout, "--overwrite", "--quiet", big])
        print(f"big     denoise {args.big}^2 ({args.big * args.big * 4 / 2**30:.2f} GiB of float32): "
              f"{wall:.1f} s wall, peak RSS {rss:.0f} MiB")
    print(f"files in {work}")


if __name__ == "__main__":
    main()
