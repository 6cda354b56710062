// Linear least squares for the fitted corrections (ramps, phase-elevation): the normal equations
// are accumulated pixel by pixel in double precision (memory does not grow with the raster) and
// solved with a column-pivoting QR (Eigen). Callers normalise their regressors to about [-1, 1]
// so the p x p system stays well conditioned.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace insar::corrections {

class NormalEquations {
public:
    explicit NormalEquations(int parameterCount);

    /// Adds one observation y = sum_j regressors[j] * theta_j (regressors has parameterCount values).
    void add(const double* regressors, double y);
    /// Adds another accumulator (same parameter count), for per-thread partial sums.
    void merge(const NormalEquations& other);

    std::size_t count() const { return m_count; }
    int parameterCount() const { return m_p; }

    /// The least-squares parameters. Throws insar::Error naming `what` when there are fewer
    /// observations than parameters or the system is rank-deficient (the pixels do not constrain
    /// every term, e.g. all on one row).
    std::vector<double> solve(const std::string& what) const;

private:
    int m_p;
    std::size_t m_count = 0;
    std::vector<double> m_ata; // p x p, row-major
    std::vector<double> m_atb; // p
};

/// Pixel coordinates scaled to [-1, 1] across the raster (x along columns, y along rows), so the
/// polynomial terms of a ramp have comparable magnitudes.
struct NormalisedGrid {
    NormalisedGrid(int width, int height);
    double x(double col) const { return (col - m_cx) / m_sx; }
    double y(double row) const { return (row - m_cy) / m_sy; }

private:
    double m_cx;
    double m_cy;
    double m_sx;
    double m_sy;
};

} // namespace insar::corrections
