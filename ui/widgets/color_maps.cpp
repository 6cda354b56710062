#include "color_maps.h"

#include <QCoreApplication>
#include <QMap>

#include <qcustomplot.h>

#include <algorithm>
#include <initializer_list>

namespace insar::ui {
namespace {

QMap<double, QColor> evenStops(std::initializer_list<const char*> hex)
{
    QMap<double, QColor> stops;
    const int n = static_cast<int>(hex.size());
    int i = 0;
    for (const char* h : hex)
        stops.insert(static_cast<double>(i++) / (n - 1), QColor(QString::fromLatin1(h)));
    return stops;
}

QMap<double, QColor> stopsFor(ColorMapKind kind)
{
    switch (kind) {
    case ColorMapKind::Diverging:
        // ColorBrewer RdBu (11 classes), reversed so that negative values are blue.
        return evenStops({"#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7",
                          "#f4a582", "#d6604d", "#b2182b", "#67001f"});
    case ColorMapKind::Viridis:
        // matplotlib viridis sampled at 0, 0.1, ..., 1.
        return evenStops({"#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c", "#22a884",
                          "#44bf70", "#7ad151", "#bddf26", "#fde725"});
    case ColorMapKind::Terrain: {
        // matplotlib 'terrain' segment data.
        QMap<double, QColor> stops;
        stops.insert(0.00, QColor::fromRgbF(0.2f, 0.2f, 0.6f));
        stops.insert(0.15, QColor::fromRgbF(0.0f, 0.6f, 1.0f));
        stops.insert(0.25, QColor::fromRgbF(0.0f, 0.8f, 0.4f));
        stops.insert(0.50, QColor::fromRgbF(1.0f, 1.0f, 0.6f));
        stops.insert(0.75, QColor::fromRgbF(0.5f, 0.36f, 0.33f));
        stops.insert(1.00, QColor::fromRgbF(1.0f, 1.0f, 1.0f));
        return stops;
    }
    case ColorMapKind::Grey:
        return evenStops({"#000000", "#ffffff"});
    }
    return evenStops({"#000000", "#ffffff"});
}

} // namespace

QList<ColorMapKind> allColorMaps()
{
    return {ColorMapKind::Diverging, ColorMapKind::Viridis, ColorMapKind::Terrain, ColorMapKind::Grey};
}

QString colorMapName(ColorMapKind kind)
{
    switch (kind) {
    case ColorMapKind::Diverging:
        return QCoreApplication::translate("insar::ui::ColorMaps", "Diverging (blue–white–red)");
    case ColorMapKind::Viridis:
        return QCoreApplication::translate("insar::ui::ColorMaps", "Sequential (viridis)");
    case ColorMapKind::Terrain:
        return QCoreApplication::translate("insar::ui::ColorMaps", "Terrain (elevation)");
    case ColorMapKind::Grey:
        return QCoreApplication::translate("insar::ui::ColorMaps", "Greyscale");
    }
    return {};
}

QString colorMapId(ColorMapKind kind)
{
    switch (kind) {
    case ColorMapKind::Diverging:
        return QStringLiteral("diverging");
    case ColorMapKind::Viridis:
        return QStringLiteral("viridis");
    case ColorMapKind::Terrain:
        return QStringLiteral("terrain");
    case ColorMapKind::Grey:
        return QStringLiteral("grey");
    }
    return QStringLiteral("diverging");
}

ColorMapKind colorMapFromId(const QString& id, ColorMapKind fallback)
{
    for (ColorMapKind kind : allColorMaps()) {
        if (colorMapId(kind) == id)
            return kind;
    }
    return fallback;
}

bool isDiverging(ColorMapKind kind)
{
    return kind == ColorMapKind::Diverging;
}

QCPColorGradient colorGradient(ColorMapKind kind)
{
    QCPColorGradient gradient;
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setColorStops(stopsFor(kind));
    gradient.setLevelCount(256);
    gradient.setPeriodic(false);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

QColor colorAt(ColorMapKind kind, double t)
{
    QCPColorGradient gradient = colorGradient(kind);
    return QColor::fromRgba(gradient.color(std::clamp(t, 0.0, 1.0), QCPRange(0.0, 1.0)));
}

} // namespace insar::ui
