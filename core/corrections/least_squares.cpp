#include "corrections/least_squares.h"

#include "common/error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace insar::corrections {

NormalEquations::NormalEquations(int parameterCount)
    : m_p(parameterCount), m_ata(std::size_t(parameterCount) * std::size_t(parameterCount), 0.0),
      m_atb(std::size_t(parameterCount), 0.0)
{
}

void NormalEquations::add(const double* a, double y)
{
    for (int i = 0; i < m_p; ++i) {
        double* row = m_ata.data() + std::size_t(i) * std::size_t(m_p);
        for (int j = i; j < m_p; ++j)
            row[j] += a[i] * a[j];
        m_atb[std::size_t(i)] += a[i] * y;
    }
    ++m_count;
}

void NormalEquations::merge(const NormalEquations& other)
{
    if (other.m_p != m_p)
        throw Error(ErrorKind::Internal, "merging normal equations of different sizes");
    for (std::size_t i = 0; i < m_ata.size(); ++i)
        m_ata[i] += other.m_ata[i];
    for (std::size_t i = 0; i < m_atb.size(); ++i)
        m_atb[i] += other.m_atb[i];
    m_count += other.m_count;
}

std::vector<double> NormalEquations::solve(const std::string& what) const
{
    if (m_count < std::size_t(m_p))
        throw Error(ErrorKind::InvalidInput,
                    what + ": " + std::to_string(m_count) + " usable pixels for " + std::to_string(m_p) +
                        " parameters (too few valid pixels outside the exclusion mask)");
    Eigen::MatrixXd ata(m_p, m_p);
    Eigen::VectorXd atb(m_p);
    for (int i = 0; i < m_p; ++i) {
        atb(i) = m_atb[std::size_t(i)];
        for (int j = i; j < m_p; ++j)
            ata(i, j) = ata(j, i) = m_ata[std::size_t(i) * std::size_t(m_p) + std::size_t(j)];
    }
    // Equilibrate (unit diagonal) so the rank threshold is scale-free.
    Eigen::VectorXd scale(m_p);
    for (int i = 0; i < m_p; ++i)
        scale(i) = ata(i, i) > 0.0 ? 1.0 / std::sqrt(ata(i, i)) : 1.0;
    const Eigen::MatrixXd scaled = scale.asDiagonal() * ata * scale.asDiagonal();
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
    qr.setThreshold(1e-12);
    if (qr.rank() < m_p)
        throw Error(ErrorKind::Numerical,
                    what + ": the usable pixels do not constrain all " + std::to_string(m_p) +
                        " parameters (rank-deficient fit, e.g. pixels on a single line or a flat DEM)");
    Eigen::VectorXd theta = scale.asDiagonal() * qr.solve(scale.asDiagonal() * atb);
    // One step of iterative refinement on the normal equations.
    const Eigen::VectorXd residual = atb - ata * theta;
    theta += scale.asDiagonal() * qr.solve(scale.asDiagonal() * residual);
    return {theta.data(), theta.data() + m_p};
}

NormalisedGrid::NormalisedGrid(int width, int height)
    : m_cx(0.5 * (width - 1)), m_cy(0.5 * (height - 1)), m_sx(std::max(0.5 * (width - 1), 1.0)),
      m_sy(std::max(0.5 * (height - 1), 1.0))
{
}

} // namespace insar::corrections
