#include "io/gdal_setup.h"

#include "common/thread_config.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <gdal_priv.h>

#include <cstdint>
#include <mutex>
#include <string>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#define INSAR_HAVE_DLSYM 1
#endif

namespace insar::io {
namespace {

std::once_flag g_registerOnce;

/// Process-wide handler: GDAL messages raised outside a GdalErrorScope (e.g. on GDAL's own worker
/// threads) are dropped rather than printed; the calling code reports failures itself.
void CPL_STDCALL quietHandler(CPLErr, CPLErrorNum, const char*) {}

void CPL_STDCALL scopeHandler(CPLErr level, CPLErrorNum, const char* message)
{
    auto* scope = static_cast<GdalErrorScope*>(CPLGetErrorHandlerUserData());
    if (scope == nullptr || level == CE_Debug || level == CE_None)
        return;
    scope->record(level == CE_Failure || level == CE_Fatal, message);
}

/// The HDF5 library that GDAL's HDF5 and netCDF drivers use prints its error stack ("HDF5-DIAG")
/// straight to stderr, past GDAL's error handler. Its automatic printing is switched off through
/// the library GDAL already loaded (no build dependency on HDF5). Debian's HDF5 is thread-safe,
/// where the setting belongs to each thread's error stack, so every thread that opens files
/// through a GdalErrorScope switches it off once.
void silenceHdf5Diagnostics()
{
#ifdef INSAR_HAVE_DLSYM
    using SetAuto = int (*)(std::int64_t stack, void* func, void* clientData);
    static const SetAuto setAuto = reinterpret_cast<SetAuto>(dlsym(RTLD_DEFAULT, "H5Eset_auto2"));
    thread_local bool done = false;
    if (setAuto != nullptr && !done) {
        setAuto(0 /* H5E_DEFAULT */, nullptr, nullptr);
        done = true;
    }
#endif
}

void registerOnce()
{
    std::call_once(g_registerOnce, [] {
        CPLSetErrorHandler(quietHandler);
        GDALAllRegister();
    });
}

} // namespace

void configureGdal(int threads)
{
    registerOnce();
    const int n = threads > 0 ? threads : defaultThreadCount();
    CPLSetConfigOption("GDAL_NUM_THREADS", std::to_string(n > 0 ? n : 1).c_str());
}

void ensureGdalReady()
{
    registerOnce();
}

bool gdalHasDriver(std::string_view shortName)
{
    registerOnce();
    return GDALGetDriverByName(std::string(shortName).c_str()) != nullptr;
}

std::string gdalVersion()
{
    return GDALVersionInfo("RELEASE_NAME");
}

GdalErrorScope::GdalErrorScope()
{
    registerOnce();
    silenceHdf5Diagnostics();
    CPLPushErrorHandlerEx(scopeHandler, this);
}

GdalErrorScope::~GdalErrorScope()
{
    CPLPopErrorHandler();
}

void GdalErrorScope::record(bool isError, const char* text)
{
    std::string msg = text != nullptr ? text : "";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
        msg.pop_back();
    (isError ? m_errors : m_warnings).push_back(std::move(msg));
}

std::string GdalErrorScope::message(const std::string& fallback) const
{
    if (!m_errors.empty())
        return m_errors.back();
    if (!m_warnings.empty())
        return m_warnings.back();
    return fallback;
}

void GdalErrorScope::clear()
{
    m_errors.clear();
    m_warnings.clear();
}

} // namespace insar::io
