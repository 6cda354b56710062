// Turbulent tropospheric delay screens by FFT power-law synthesis (Hanssen 2001 §4.7, eq. 4.7.28;
// docs/physics.md §3.1): three regimes of 1-D slope, each turned into a radial 2-D amplitude filter
// k^-((beta+1)/2), spliced continuously, applied to the FFT of white noise (FFTW3 float).
#pragma once

#include <cstdint>
#include <vector>

namespace insar::synthesis {

class Rng;

struct TurbulenceSpectrum {
    double slopeLarge = 5.0 / 3.0;  // 1-D slope, outer scale > 1/f > breakLarge
    double slopeMiddle = 8.0 / 3.0; // breakLarge > 1/f > breakSmall
    double slopeSmall = 2.0 / 3.0;  // 1/f < breakSmall
    double breakLargeKm = 1.5;
    double breakSmallKm = 0.25;
    double outerScaleKm = 50.0; // flat (white) spectrum for longer wavelengths
};

/// Fills `out` (rows x cols, row-major) with a zero-mean screen whose standard deviation is
/// stdDev exactly (or 0 when stdDev is 0). dxKm/dyKm: pixel spacing east/north; the spectrum
/// may be anisotropic in pixels when dxKm != dyKm. Thread-safe; FFTW plans are cached per size.
void synthesiseTurbulence(int rows, int cols, double dxKm, double dyKm, const TurbulenceSpectrum& spectrum,
                          double stdDev, Rng& rng, std::vector<float>& out);

/// Radial 2-D power-spectrum slope (log-log least squares of the radially averaged PSD between
/// fMinCyclesPerKm and fMaxCyclesPerKm): returns the positive exponent beta2D of P ~ f^-beta2D.
/// Used by the tests and by the GUI preview.
double radialPsdSlope(const std::vector<float>& screen, int rows, int cols, double dxKm, double dyKm,
                      double fMinCyclesPerKm, double fMaxCyclesPerKm);

} // namespace insar::synthesis
