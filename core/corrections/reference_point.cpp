#include "corrections/reference_point.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace insar::corrections {

namespace {

bool excluded(const Raster* mask, int row, int col)
{
    return mask && mask->at(row, col) != 0.0f && !std::isnan(mask->at(row, col));
}

/// Fallback of findStableReference: the valid pixel closest to the median of the valid pixels.
ResolvedReference medianReference(const Raster& raster, const Raster* mask)
{
    std::vector<float> values;
    values.reserve(raster.size());
    for (int row = 0; row < raster.height(); ++row)
        for (int col = 0; col < raster.width(); ++col)
            if (raster.isValid(row, col) && !excluded(mask, row, col))
                values.push_back(raster.at(row, col));
    if (values.empty())
        throw Error(ErrorKind::InvalidInput,
                    "no valid pixel outside the exclusion mask to use as the reference point");
    auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    const float median = *mid;
    ResolvedReference best;
    best.automatic = true;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int row = 0; row < raster.height(); ++row)
        for (int col = 0; col < raster.width(); ++col) {
            if (!raster.isValid(row, col) || excluded(mask, row, col))
                continue;
            const double d = std::abs(double(raster.at(row, col)) - median);
            if (d < bestDistance) {
                bestDistance = d;
                best.row = row;
                best.col = col;
            }
        }
    return best;
}

} // namespace

ReferencePoint ReferencePoint::pixel(int row, int col)
{
    ReferencePoint p;
    p.kind = Kind::Pixel;
    p.row = row;
    p.col = col;
    return p;
}

ReferencePoint ReferencePoint::lonLat(double lon, double lat)
{
    ReferencePoint p;
    p.kind = Kind::LonLat;
    p.lon = lon;
    p.lat = lat;
    return p;
}

std::string ResolvedReference::describe() const
{
    if (none)
        return "none";
    return "pixel (row " + std::to_string(row) + ", col " + std::to_string(col) + ")" +
           (automatic ? ", automatic" : "");
}

double referenceValue(const Raster& raster, int row, int col)
{
    double sum = 0.0;
    int n = 0;
    for (int r = std::max(0, row - kReferenceHalfWindow);
         r <= std::min(raster.height() - 1, row + kReferenceHalfWindow); ++r)
        for (int c = std::max(0, col - kReferenceHalfWindow);
             c <= std::min(raster.width() - 1, col + kReferenceHalfWindow); ++c)
            if (raster.isValid(r, c)) {
                sum += raster.at(r, c);
                ++n;
            }
    return n == 0 ? NAN : sum / n;
}

ResolvedReference findStableReference(const Raster& raster, const Raster* mask)
{
    int side = std::clamp(std::min(raster.width(), raster.height()) / 10, 3, 51);
    if (side % 2 == 0)
        ++side;
    const int stride = std::max(1, side / 2);
    double bestStd = std::numeric_limits<double>::infinity();
    int bestRow0 = -1;
    int bestCol0 = -1;
    const int minValid = int(std::ceil(0.9 * side * side));
    for (int row0 = 0; row0 + side <= raster.height(); row0 += stride)
        for (int col0 = 0; col0 + side <= raster.width(); col0 += stride) {
            double sum = 0.0;
            double sumSq = 0.0;
            int n = 0;
            bool rejected = false;
            for (int r = row0; r < row0 + side && !rejected; ++r)
                for (int c = col0; c < col0 + side; ++c) {
                    if (excluded(mask, r, c)) {
                        rejected = true;
                        break;
                    }
                    if (raster.isValid(r, c)) {
                        const double v = raster.at(r, c);
                        sum += v;
                        sumSq += v * v;
                        ++n;
                    }
                }
            if (rejected || n < minValid)
                continue;
            const double mean = sum / n;
            const double var = std::max(0.0, sumSq / n - mean * mean);
            if (var < bestStd) {
                bestStd = var;
                bestRow0 = row0;
                bestCol0 = col0;
            }
        }
    if (bestRow0 < 0)
        return medianReference(raster, mask);
    ResolvedReference ref;
    ref.automatic = true;
    const int centreRow = bestRow0 + side / 2;
    const int centreCol = bestCol0 + side / 2;
    int bestDistance = std::numeric_limits<int>::max();
    for (int r = bestRow0; r < bestRow0 + side; ++r)
        for (int c = bestCol0; c < bestCol0 + side; ++c) {
            const int d = (r - centreRow) * (r - centreRow) + (c - centreCol) * (c - centreCol);
            if (raster.isValid(r, c) && d < bestDistance) {
                bestDistance = d;
                ref.row = r;
                ref.col = c;
            }
        }
    return ref;
}

bool isProjectedCrs(const std::string& crsWkt)
{
    const auto start = crsWkt.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        return false;
    return crsWkt.compare(start, 6, "PROJCS") == 0 || crsWkt.compare(start, 7, "PROJCRS") == 0;
}

std::pair<int, int> locateReferencePixel(const ReferencePoint& point, int width, int height,
                                         const GeoTransform& geoTransform, const std::string& crsWkt,
                                         std::string* whatOut)
{
    if (point.kind != ReferencePoint::Kind::Pixel && point.kind != ReferencePoint::Kind::LonLat)
        throw Error(ErrorKind::Internal, "locateReferencePixel: the reference names no pixel");
    int row = point.row;
    int col = point.col;
    std::string what;
    if (point.kind == ReferencePoint::Kind::LonLat) {
        const std::string where = "lon " + std::to_string(point.lon) + ", lat " + std::to_string(point.lat);
        if (!geoTransform.valid)
            throw Error(ErrorKind::InvalidInput,
                        "reference point " + where + " cannot be placed: the raster has no georeferencing");
        if (isProjectedCrs(crsWkt))
            throw Error(ErrorKind::InvalidInput, "reference point " + where +
                                                     " is in lon/lat but the raster is in a projected CRS; "
                                                     "give the reference as a pixel (row, col)");
        double c = 0.0;
        double r = 0.0;
        if (!geoTransform.geoToPixel(point.lon, point.lat, c, r))
            throw Error(ErrorKind::InvalidInput, "the raster's geotransform is singular");
        row = int(std::floor(r));
        col = int(std::floor(c));
        what = "reference point " + where + " (pixel row " + std::to_string(row) + ", col " +
               std::to_string(col) + ")";
    } else {
        what = "reference pixel (row " + std::to_string(row) + ", col " + std::to_string(col) + ")";
    }
    if (row < 0 || col < 0 || row >= height || col >= width)
        throw Error(ErrorKind::InvalidInput, what + " lies outside the raster (" + std::to_string(width) +
                                                 " x " + std::to_string(height) + ")");
    if (whatOut)
        *whatOut = what;
    return {row, col};
}

ResolvedReference resolveReference(const Raster& raster, const ReferencePoint& point, const Raster* mask)
{
    if (raster.empty())
        throw Error(ErrorKind::InvalidInput, "cannot choose a reference point on an empty raster");
    if (point.kind == ReferencePoint::Kind::None)
        return ResolvedReference::noReference();
    if (point.kind == ReferencePoint::Kind::Automatic)
        return findStableReference(raster, mask);

    std::string what;
    const auto [row, col] = locateReferencePixel(point, raster.width(), raster.height(), raster.geoTransform,
                                                 raster.crsWkt, &what);
    if (raster.isValid(row, col)) {
        ResolvedReference ref;
        ref.row = row;
        ref.col = col;
        return ref;
    }
    ResolvedReference ref = findStableReference(raster, mask);
    ref.warning =
        "warning: " + what + " is no-data; using the automatic reference " + ref.describe() + " instead";
    return ref;
}

bool reReference(Raster& raster, const ResolvedReference& ref)
{
    if (ref.none)
        return true;
    const double value = referenceValue(raster, ref.row, ref.col);
    if (std::isnan(value))
        return false;
    for (float& x : raster.values())
        if (!std::isnan(x))
            x = float(double(x) - value);
    return true;
}

} // namespace insar::corrections
