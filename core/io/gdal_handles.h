// Private to core/io: RAII owners of GDAL handles, shared by the reader and the writer so a
// dataset is closed exactly once on every path (error, cancel, success).
#pragma once

#include <gdal_priv.h>

#include <memory>

namespace insar::io::detail {

struct DatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};

/// Owns an open GDAL dataset; closing it flushes pending writes.
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

} // namespace insar::io::detail
