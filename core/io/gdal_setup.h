// One-time GDAL set-up (drivers, thread count) and a scoped error capture that turns GDAL's own
// messages into insar::Error text instead of printing them. No GDAL types appear here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace insar::io {

/// Registers all GDAL drivers (once), sets GDAL_NUM_THREADS to `threads` (<= 0: the default thread
/// count from common/thread_config.h) and installs a process-wide quiet error handler so GDAL
/// never prints to stderr. Safe to call again (only the thread count changes).
void configureGdal(int threads = 0);

/// Registers the drivers and the quiet handler if configureGdal was never called; cheap after.
void ensureGdalReady();

/// True when this GDAL build has the named driver ("GTiff", "COG", "HDF5", "netCDF", "ENVI"...).
bool gdalHasDriver(std::string_view shortName);

/// GDAL release string, e.g. "3.6.2".
std::string gdalVersion();

/// While alive, GDAL errors and warnings raised on this thread are collected here instead of
/// being printed. Use message() to build the text of an insar::Error after a failed GDAL call.
class GdalErrorScope {
public:
    GdalErrorScope();
    ~GdalErrorScope();
    GdalErrorScope(const GdalErrorScope&) = delete;
    GdalErrorScope& operator=(const GdalErrorScope&) = delete;

    /// The most relevant collected message (last error, else last warning); `fallback` if none.
    std::string message(const std::string& fallback = {}) const;
    bool hasError() const { return !m_errors.empty(); }
    const std::vector<std::string>& errors() const { return m_errors; }
    const std::vector<std::string>& warnings() const { return m_warnings; }
    void clear();

    // Called by the GDAL handler trampoline; not for users.
    void record(bool isError, const char* text);

private:
    std::vector<std::string> m_errors;
    std::vector<std::string> m_warnings;
};

} // namespace insar::io
