#include "io/gdal_setup.h"

#include "common/thread_config.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <gdal_priv.h>

#include <mutex>
#include <string>

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
