// The CNN alone on a file of any size, streamed by rows (private to correct_file.cpp): the
// automatic reference on a decimated copy, nn::Denoiser::denoiseRows into an uncompressed scratch
// file, then the constant level shift, the std figures and both GeoTIFFs written row band by band.
#pragma once

#include "corrections/reference_point.h"
#include "io/raster_blocks.h"
#include "pipeline/cnn_correction.h"
#include "pipeline/correct_file.h"

#include <string>
#include <vector>

namespace insar::pipeline {

/// Decimation step of the automatic reference on a streamed map: ceil(sqrt(pixels / 4e6)), so
/// up to 4 million pixels (k = 1) it is the in-memory rule exactly, and the copy it searches
/// never holds more than about 4 million pixels.
int referenceDecimation(long long width, long long height);

/// Resolves `point` on the file read by `reader` as corrections::resolveReference() does on the
/// whole map, reading only what it needs: a named pixel's row, or (automatic, or a named pixel
/// on no-data) findStableReference() on every k-th pixel of every k-th row, with the exclusion
/// mask `excludeSpec` (WKT, GeoJSON or mask raster on the same grid) sampled the same way.
corrections::ResolvedReference resolveStreamedReference(io::RasterBlockReader& reader,
                                                        const corrections::ReferencePoint& point,
                                                        const std::string& excludeSpec,
                                                        std::vector<std::string>& messages,
                                                        Progress& progress);

FileCorrectionReport correctStreamedCnn(const FileCorrectionRequest& request, const std::string& method,
                                        const CnnCorrection& cnn, Progress& progress);

} // namespace insar::pipeline
