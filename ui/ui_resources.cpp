#include "ui_resources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace insar::ui {

void initResources()
{
    static std::once_flag once;
    std::call_once(once, initIconResources);
}

} // namespace insar::ui
