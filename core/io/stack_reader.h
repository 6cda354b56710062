// Stacks of maps on one grid: interferograms (dates from LiCSAR-style names YYYYMMDD_YYYYMMDD or a
// CSV date1,date2,file) or a displacement time series (CSV date,file, or MintPy timeseries.h5 with
// its `date` dataset). Lists are checked before any pixel is read; reading checks that every map is
// on the first map's grid (size and geotransform) and names the file that is not. No GDAL types here.
#pragma once

#include "common/date.h"
#include "common/progress.h"
#include "common/raster.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace insar::io {

struct StackEntry {
    Date date1;                      // interferogram: earlier date; time series: the map's date
    std::optional<Date> date2;       // interferogram: later date; time series: none
    std::filesystem::path file;      // map (or the MintPy file)
    std::filesystem::path coherence; // optional coherence raster of an interferogram
    int band = 0;                    // 1-based band of `file` (MintPy: the date's band); 0 = automatic
};

struct StackList {
    enum class Kind { Interferograms, TimeSeries } kind = Kind::Interferograms;
    std::vector<StackEntry> entries;            // sorted by date (interferograms: date1, then date2)
    std::string source;                         // what it was read from, for messages
    std::vector<std::filesystem::path> ignored; // files of a folder left out (no date pair, a
                                                // coherence file without its interferogram...)
};

/// "FILE" or "FILE band N": how messages name an entry's map.
std::string describeEntry(const StackEntry& entry);

/// Interferograms from files whose names carry YYYYMMDD_YYYYMMDD (io::datesInFileName), or one
/// folder of them: its raster files (.tif .tiff .unw .grd .nc .img, sorted by name) and those of
/// its subfolders named by a date pair (LiCSAR's GEOC/YYYYMMDD_YYYYMMDD/). Names containing ".cc."
/// or "coh" are coherence files: paired with the interferogram of the same dates, never taken as
/// one. In a folder, files without a date pair are left out (StackList::ignored), and of two files
/// of one pair the one named ".unw" is taken (LiCSAR's .geo.diff_pha.tif beside .geo.unw.tif).
/// insar::Error naming the file: a given file that is missing, has no date pair or dates out of
/// order, a date pair given twice; or naming the folder when it holds no interferogram.
StackList interferogramsFromFiles(const std::vector<std::filesystem::path>& filesOrFolder);
/// CSV "date1,date2,file[,coherence]" (header optional: a first line starting with a name and
/// holding no date; its names place the columns: date1/reference, date2/secondary, file/path,
/// coherence/coh; else they are taken in order),
/// '#' comments, quoted fields, paths relative to the CSV's folder, dates YYYYMMDD or YYYY-MM-DD.
/// insar::Error "CSV:LINE: problem": malformed date, missing column, date1 not before date2, pair
/// given twice (naming the first line), missing file (named as written and as resolved).
StackList readInterferogramList(const std::filesystem::path& csv);
/// CSV "date,file[,band]": a displacement time series, one map per date (same rules; a date given
/// twice is an error).
StackList readTimeSeriesList(const std::filesystem::path& csv);
/// MintPy timeseries.h5: the `date` dataset (YYYYMMDD strings) and the `timeseries` cube (metres),
/// read through GDAL's HDF5 driver; one entry per date, file = the .h5, band = its index + 1.
/// insar::Error naming the file when either dataset is missing, a date is malformed or repeated,
/// or their lengths differ.
StackList readMintPyTimeSeries(const std::filesystem::path& h5);

struct Stack {
    StackList list;
    std::vector<Raster> maps;          // one per entry, in entry order, on one grid
    std::vector<Raster> coherence;     // empty, or one per entry (when every entry names one)
    std::vector<std::string> warnings; // e.g. coherence given for only some interferograms
};

/// Reads every map of `list` (with progress and cancel) and checks the grids: insar::Error naming the
/// first file whose size or geotransform (relative tolerance 1e-9) differs from the first file's.
/// Each map's metadata dates are set from its entry. A time-series entry naming a .h5 file reads
/// its `timeseries` dataset (HDF5:"FILE"://timeseries, MintPy), georeferenced from the file's
/// X_FIRST/Y_FIRST/X_STEP/Y_STEP attributes when GDAL gives no geotransform.
Stack readStack(const StackList& list, Progress& progress);

} // namespace insar::io
