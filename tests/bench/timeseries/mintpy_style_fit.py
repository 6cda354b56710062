#!/usr/bin/python3
"""Optional baseline for bench_velocity: the per-pixel numpy loop of MintPy's approach (one
np.linalg.lstsq per pixel, residual sigma from (G^T G)^-1 as timeseries2velocity does), timed on a
subset of a 16-date stack and extrapolated to 1000 x 1000 pixels. Needs only numpy.

Usage: /usr/bin/python3 tests/bench/timeseries/mintpy_style_fit.py [subset_pixels=20000]
"""
import sys
import time

import numpy as np


def main():
    subset = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    total = 1000 * 1000
    dates = 16
    t = np.arange(dates) * 24.0 / 365.25
    rng = np.random.default_rng(42)
    rate = rng.uniform(-20.0, 20.0, subset)
    ts = (5.0 + np.outer(t, rate) + rng.normal(0.0, 3.0, (dates, subset))).astype(np.float32)
    G = np.column_stack([np.ones(dates), t])

    start = time.perf_counter()
    vel = np.empty(subset)
    sigma = np.empty(subset)
    for p in range(subset):
        y = ts[:, p]
        m, e2 = np.linalg.lstsq(G, y, rcond=None)[:2]
        vel[p] = m[1]
        sigma[p] = np.sqrt(e2[0] / (dates - 2) * np.linalg.inv(G.T @ G)[1, 1])
    loop = time.perf_counter() - start

    start = time.perf_counter()
    m, e2 = np.linalg.lstsq(G, ts, rcond=None)[:2]
    sigma_all = np.sqrt(e2 / (dates - 2) * np.linalg.inv(G.T @ G)[1, 1])
    vectorised = time.perf_counter() - start
    assert np.allclose(sigma_all, sigma, rtol=1e-4)

    print(f"numpy per-pixel lstsq: {loop:.3f} s for {subset} pixels -> {loop * total / subset:.1f} s for {total} "
          f"(extrapolated, 1 thread)")
    print(f"numpy one lstsq over all {subset} pixels (no-NaN case): {vectorised:.4f} s -> "
          f"{vectorised * total / subset:.2f} s for {total} (extrapolated)")


if __name__ == "__main__":
    main()
