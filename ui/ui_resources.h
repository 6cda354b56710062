// The ui library's compiled-in resources (the SVG icons of icons/icons.qrc under :/icons).
// A static library's resources must be registered explicitly; widgets that use icons call this.
#pragma once

namespace insar::ui {

/// Registers the icon resources once (thread-safe, cheap after the first call).
void initResources();

} // namespace insar::ui
