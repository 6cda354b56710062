// Version strings for the About box and --version: the app, Qt, GDAL and LibTorch (the latter two
// asked from core, so ui includes neither library).
#pragma once

#include <QString>

namespace insar::ui {

QString appVersion();
QString qtVersionText();
/// Empty when the build has no raster I/O.
QString gdalVersionText();
/// LibTorch and device description from core/nn; empty when the build has no nn module.
QString torchDescription();
/// The HTML of the About box.
QString aboutText();

} // namespace insar::ui
