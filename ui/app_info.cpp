#include "app_info.h"

#include "io/gdal_setup.h"
#include "nn/trainer.h"

#include <QCoreApplication>

namespace insar::ui {

QString appVersion()
{
    return QStringLiteral(INSAR_VERSION);
}

QString qtVersionText()
{
    return QString::fromLatin1(qVersion());
}

QString gdalVersionText()
{
    return QString::fromStdString(io::gdalVersion());
}

QString torchDescription()
{
    return QString::fromStdString(nn::deviceInfo().description);
}

QString aboutText()
{
    QString text =
        QCoreApplication::translate("insar::ui::AppInfo",
                                    "<h3>InSAR Denoiser %1</h3>"
                                    "<p>Removes atmospheric noise from unwrapped InSAR phase with a DnCNN "
                                    "trained on synthetic interferograms.</p>")
            .arg(appVersion());
    text += QStringLiteral("<p>Qt %1").arg(qtVersionText());
    const QString gdal = gdalVersionText();
    if (!gdal.isEmpty())
        text += QStringLiteral("<br>GDAL %1").arg(gdal);
    const QString torch = torchDescription();
    if (!torch.isEmpty())
        text += QStringLiteral("<br>%1").arg(torch.toHtmlEscaped());
    text += QStringLiteral("</p>");
    return text;
}

} // namespace insar::ui
