// Version strings for the About box and --version: the app, Qt, GDAL and LibTorch (the latter two
// asked from core, so ui includes neither library).
#pragma once

#include <QString>

namespace insar::ui {

QString appVersion();
QString qtVersionText();
QString gdalVersionText();
/// LibTorch version and compute device, as core/nn describes them.
QString torchDescription();
/// The HTML of the About box.
QString aboutText();

} // namespace insar::ui
