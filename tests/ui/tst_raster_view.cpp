// RasterView: no-data drawn transparent, colour limits (symmetric by default for LOS), the pixel
// read-out, geographic axes, linked views and saving the image (and its failure).
#include "widgets/color_maps.h"
#include "widgets/linked_raster_views.h"
#include "widgets/raster_view.h"

#include <QFileInfo>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace insar;
using namespace insar::ui;

namespace {

const char* kWgs84Wkt =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
    "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]";

/// rows x cols ramp value = row * 10 + col - offset, units radians.
Raster ramp(int rows, int cols, double offset = 0.0)
{
    Raster r(cols, rows);
    for (int row = 0; row < rows; ++row)
        for (int col = 0; col < cols; ++col)
            r.at(row, col) = static_cast<float>(row * 10 + col - offset);
    r.metadata.units = Units::Radians;
    return r;
}

} // namespace

class TstRasterView : public QObject {
    Q_OBJECT
private slots:
    void noDataIsTransparent();
    void limits_data();
    void limits();
    void manualLimitsSurviveNewRaster();
    void sharedLimits();
    void readout();
    void readoutGeographic();
    void mouseMoveEmitsReadout();
    void geographicAxesKeepPixels();
    void resizeRefitsUntilTheUserZooms();
    void linkedViewsFollow();
    void linkedLimits();
    void emptyRasterClears();
    void colorMapsDiffer();
    void saveImage_data();
    void saveImage();
};

void TstRasterView::noDataIsTransparent()
{
    Raster r = ramp(4, 5, 20.0);
    r.setNoData(1, 2);
    RasterView view;
    view.resize(400, 320);
    view.setRaster(r);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCustomPlot* plot = view.plot();
    plot->setBackground(QBrush(Qt::magenta));
    plot->axisRect()->setBackground(QBrush(Qt::magenta));
    plot->replot();
    QVERIFY(std::isnan(view.colorMapItem()->data()->cell(2, 1)));
    QCOMPARE(view.colorMapItem()->gradient().nanHandling(), QCPColorGradient::nhTransparent);

    const QImage image = plot->toPixmap().toImage();
    const auto pixelOf = [&](int row, int col) {
        const int x = static_cast<int>(plot->xAxis->coordToPixel(col));
        const int y = static_cast<int>(plot->yAxis->coordToPixel(row));
        return image.pixelColor(x, y);
    };
    QCOMPARE(pixelOf(1, 2), QColor(Qt::magenta)); // the background shows through
    QVERIFY(pixelOf(1, 1) != QColor(Qt::magenta));
    QVERIFY(pixelOf(2, 2) != QColor(Qt::magenta));
}

void TstRasterView::limits_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    // ramp(3, 4, 5): values -5 .. 18
    QTest::addRow("diverging automatic is symmetric")
        << int(ColorMapKind::Diverging) << int(RasterView::LimitsMode::Automatic) << -18.0 << 18.0;
    QTest::addRow("viridis automatic is min-max")
        << int(ColorMapKind::Viridis) << int(RasterView::LimitsMode::Automatic) << -5.0 << 18.0;
    QTest::addRow("forced symmetric")
        << int(ColorMapKind::Terrain) << int(RasterView::LimitsMode::Symmetric) << -18.0 << 18.0;
    QTest::addRow("forced min-max") << int(ColorMapKind::Diverging) << int(RasterView::LimitsMode::MinMax)
                                    << -5.0 << 18.0;
}

void TstRasterView::limits()
{
    QFETCH(int, kind);
    QFETCH(int, mode);
    QFETCH(double, lower);
    QFETCH(double, upper);
    RasterView view;
    view.setColorMap(static_cast<ColorMapKind>(kind));
    view.setLimitsMode(static_cast<RasterView::LimitsMode>(mode));
    QSignalSpy spy(&view, &RasterView::limitsChanged);
    view.setRaster(ramp(3, 4, 5.0));
    QCOMPARE(view.limits().lower, lower);
    QCOMPARE(view.limits().upper, upper);
    QCOMPARE(view.colorMapItem()->dataRange().lower, lower);
    QCOMPARE(view.colorMapItem()->dataRange().upper, upper);
    QCOMPARE(spy.count(), 1);
}

void TstRasterView::manualLimitsSurviveNewRaster()
{
    RasterView view;
    view.setLimits(2.0, -2.0); // swapped on purpose
    QCOMPARE(view.limitsMode(), RasterView::LimitsMode::Manual);
    QCOMPARE(view.limits(), (ValueRange{-2.0, 2.0}));
    view.setRaster(ramp(3, 3, 50.0));
    QCOMPARE(view.limits(), (ValueRange{-2.0, 2.0}));
    view.setLimitsMode(RasterView::LimitsMode::Automatic);
    QCOMPARE(view.limits(), (ValueRange{-50.0, 50.0}));
}

void TstRasterView::sharedLimits()
{
    const Raster a = ramp(2, 2, 0.0);  // 0..11
    const Raster b = ramp(2, 2, 30.0); // -30..-19
    Raster empty(2, 2, NAN);
    auto sym = RasterView::sharedLimits({&a, &b, &empty}, true);
    QVERIFY(sym.has_value());
    QCOMPARE(*sym, (ValueRange{-30.0, 30.0}));
    auto minMax = RasterView::sharedLimits({&a, &b}, false);
    QCOMPARE(*minMax, (ValueRange{-30.0, 11.0}));
    QVERIFY(!RasterView::sharedLimits({&empty}, true).has_value());
    const Raster zeros(3, 3, 0.0f);
    QCOMPARE(*RasterView::limitsFor(zeros, RasterView::LimitsMode::Automatic), (ValueRange{-1.0, 1.0}));
}

void TstRasterView::readout()
{
    Raster r = ramp(3, 4, 0.0);
    r.setNoData(2, 3);
    RasterView view;
    view.setRaster(r);
    const auto p = view.readoutAt(1, 2);
    QVERIFY(p.has_value());
    QCOMPARE(p->value, 12.0);
    QCOMPARE(p->units, QStringLiteral("rad"));
    QVERIFY(!p->noData);
    QVERIFY(!p->hasGeo);
    QCOMPARE(p->text(), QStringLiteral("row 1, col 2: 12 rad"));
    const auto nd = view.readoutAt(2, 3);
    QVERIFY(nd->noData);
    QCOMPARE(nd->text(), QStringLiteral("row 2, col 3: no data"));
    QVERIFY(!view.readoutAt(3, 0).has_value());
    QVERIFY(!view.readoutAt(0, -1).has_value());
}

void TstRasterView::readoutGeographic()
{
    Raster r = ramp(3, 4, 0.0);
    r.metadata.units = Units::Millimetres;
    r.geoTransform.c = {137.0, 0.01, 0.0, 36.0, 0.0, -0.02};
    r.geoTransform.valid = true;
    r.crsWkt = kWgs84Wkt;
    RasterView view;
    view.setRaster(r);
    const auto p = view.readoutAt(2, 1);
    QVERIFY(p->hasGeo);
    QVERIFY(p->geographic);
    QCOMPARE(p->x, 137.0 + 1.5 * 0.01);
    QCOMPARE(p->y, 36.0 - 2.5 * 0.02);
    QCOMPARE(p->text(), QStringLiteral("row 2, col 1: 21 mm  (lat 35.95000, lon 137.01500)"));
    r.crsWkt = "PROJCS[\"WGS 84 / UTM zone 33N\"]";
    view.setRaster(r);
    QVERIFY(!view.readoutAt(0, 0)->geographic);
    QVERIFY(view.readoutAt(0, 0)->text().contains(QStringLiteral("(x 137.0, y 36.0)")));
}

void TstRasterView::mouseMoveEmitsReadout()
{
    RasterView view;
    view.resize(500, 400);
    view.setRaster(ramp(6, 8, 0.0));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot();
    QSignalSpy hovered(&view, &RasterView::pixelHovered);
    QSignalSpy readouts(&view, &RasterView::readoutChanged);
    const QPointF pos(view.plot()->xAxis->coordToPixel(5), view.plot()->yAxis->coordToPixel(3));
    QMouseEvent move(QEvent::MouseMove, pos, view.plot()->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view.plot(), &move);
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.first().first().toString(), QStringLiteral("row 3, col 5: 35 rad"));
    QCOMPARE(readouts.first().first().value<PixelReadout>().col, 5);

    const QPointF outside(2, 2); // in the margin, outside the axis rect
    QMouseEvent away(QEvent::MouseMove, outside, view.plot()->mapToGlobal(outside), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view.plot(), &away);
    QCOMPARE(hovered.count(), 2);
    QVERIFY(hovered.last().first().toString().isEmpty());
}

void TstRasterView::geographicAxesKeepPixels()
{
    Raster r = ramp(4, 6, 0.0);
    r.geoTransform.c = {500000.0, 30.0, 0.0, 4200000.0, 0.0, -30.0};
    r.geoTransform.valid = true;
    RasterView view;
    view.resize(500, 400);
    view.setRaster(r);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.canShowGeographic());
    view.setVisiblePixelRect(QRectF(1, 1, 2, 2));
    const QPointF before = view.visiblePixelRect().center();
    view.setAxisMode(RasterView::AxisMode::Geographic);
    QCOMPARE(view.axisMode(), RasterView::AxisMode::Geographic);
    QVERIFY(!view.plot()->yAxis->rangeReversed());
    const QPointF after = view.visiblePixelRect().center();
    QVERIFY(std::abs(after.x() - before.x()) < 1e-6);
    QVERIFY(std::abs(after.y() - before.y()) < 1e-6);
    // Top-left cell (row 0, col 0) lies at the top-left: highest y, lowest x.
    QCPColorMapData* data = view.colorMapItem()->data();
    double key = 0;
    double value = 0;
    data->cellToCoord(0, data->valueSize() - 1, &key, &value);
    QCOMPARE(key, 500015.0);
    QCOMPARE(value, 4199985.0);
    QCOMPARE(data->cell(0, data->valueSize() - 1), 0.0);
    QCOMPARE(data->cell(5, 0), 35.0);
}

// A map shown before the window's final layout (a small, wide view) and then resized to a tall one
// must show every row, not the rows that fitted the first shape; a view the user chose survives.
void TstRasterView::resizeRefitsUntilTheUserZooms()
{
    RasterView view;
    view.resize(600, 120);
    view.setRaster(ramp(40, 40, 0.0));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resize(300, 500);
    QTRY_VERIFY(view.visiblePixelRect().height() >= 39.0);
    const QRectF whole = view.visiblePixelRect();
    QVERIFY2(whole.top() <= 0.0 && whole.bottom() >= 39.0, "every row visible after the resize");
    QVERIFY(whole.left() <= 0.0 && whole.right() >= 39.0);

    // The user zooms (a range change that is not the view's own): a resize keeps the centre.
    view.plot()->xAxis->setRange(10, 20);
    view.plot()->yAxis->setRange(10, 20);
    const QPointF centre = view.visiblePixelRect().center();
    view.resize(320, 480);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    const QRectF kept = view.visiblePixelRect();
    QVERIFY(std::abs(kept.center().x() - centre.x()) < 1e-6);
    QVERIFY(kept.height() < 30.0);
}

void TstRasterView::linkedViewsFollow()
{
    RasterView a;
    RasterView b;
    a.resize(400, 300);
    b.resize(400, 300);
    a.setRaster(ramp(20, 30, 0.0));
    b.setRaster(ramp(20, 30, 5.0));
    a.show();
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    LinkedRasterViews link;
    link.addView(&a);
    link.addView(&b);
    a.setVisiblePixelRect(QRectF(5, 4, 8, 6));
    const QPointF ca = a.visiblePixelRect().center();
    const QPointF cb = b.visiblePixelRect().center();
    QVERIFY(std::abs(ca.x() - cb.x()) < 1e-6);
    QVERIFY(std::abs(ca.y() - cb.y()) < 1e-6);
    QVERIFY(std::abs(a.visiblePixelRect().width() - b.visiblePixelRect().width()) < 1e-6);
    // Limits stay independent unless asked for.
    QVERIFY(a.limits() != b.limits());
    {
        RasterView c;
        link.addView(&c);
        QCOMPARE(link.views().size(), 3);
    }
    QCOMPARE(link.views().size(), 2); // destroyed views drop out
}

void TstRasterView::linkedLimits()
{
    RasterView a;
    RasterView b;
    a.setRaster(ramp(2, 3, 0.0));  // 0..12
    b.setRaster(ramp(2, 3, 40.0)); // -40..-28
    LinkedRasterViews link;
    link.addView(&a);
    link.addView(&b);
    link.fitSharedLimits(true);
    QCOMPARE(a.limits(), (ValueRange{-40.0, 40.0}));
    QCOMPARE(b.limits(), (ValueRange{-40.0, 40.0}));
    link.setLinkLimits(true);
    a.setLimits(-3.0, 3.0);
    QCOMPARE(b.limits(), (ValueRange{-3.0, 3.0}));
}

void TstRasterView::emptyRasterClears()
{
    RasterView view;
    view.setRaster(ramp(2, 2));
    QVERIFY(view.hasRaster());
    view.setRaster(Raster());
    QVERIFY(!view.hasRaster());
    QVERIFY(!view.readoutAt(0, 0).has_value());
}

void TstRasterView::colorMapsDiffer()
{
    // Diverging: blue below, near-white at the middle, red above.
    const QColor low = colorAt(ColorMapKind::Diverging, 0.0);
    const QColor mid = colorAt(ColorMapKind::Diverging, 0.5);
    const QColor high = colorAt(ColorMapKind::Diverging, 1.0);
    QVERIFY(low.blue() > low.red());
    QVERIFY(high.red() > high.blue());
    QVERIFY(mid.red() > 230 && mid.green() > 230 && mid.blue() > 230);
    for (ColorMapKind kind : allColorMaps())
        QCOMPARE(colorMapFromId(colorMapId(kind)), kind);
    QVERIFY(colorAt(ColorMapKind::Viridis, 0.0) != colorAt(ColorMapKind::Viridis, 1.0));
}

void TstRasterView::saveImage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("png") << QStringLiteral("view.png");
    QTest::addRow("pdf") << QStringLiteral("view.pdf");
}

void TstRasterView::saveImage()
{
    QFETCH(QString, name);
    RasterView view;
    view.resize(300, 200);
    view.setRaster(ramp(20, 30));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString good = dir.filePath(name);
    QString error;
    QVERIFY2(view.saveImage(good, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFileInfo(good).size() > 0);

    // A folder that does not exist: false, and the message names the file.
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/") + name);
    QVERIFY(!view.saveImage(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("no/such/folder/") + name), qPrintable(error));
    QVERIFY(!QFileInfo::exists(bad));
}

QTEST_MAIN(TstRasterView)
#include "tst_raster_view.moc"
