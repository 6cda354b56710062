// The real main window on the offscreen platform: a fixture GeoTIFF opened through the path
// drag-and-drop and File > Open use, a simulated drop, bad files reported without blocking, and
// window state kept in QSettings.
#include "main_window.h"
#include "tabs/denoise_tab.h"
#include "widgets/raster_view.h"

#include "io/raster_writer.h"
#include "test_support.h"

#include <QDropEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace insar;
using namespace insar::ui;

namespace {

const char* kWgs84Wkt =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
    "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
    "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
    "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

constexpr int kWidth = 40;
constexpr int kHeight = 30;

/// A 40 x 30 radian ramp from -7.5 to 11.4 with one no-data pixel, georeferenced in WGS 84.
std::filesystem::path writeFixture(const std::filesystem::path& path)
{
    Raster r(kWidth, kHeight);
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col)
            r.at(row, col) = static_cast<float>(0.3 * row + 0.1 * col - 7.5);
    r.setNoData(0, 0);
    r.metadata.units = Units::Radians;
    r.metadata.wavelengthM = 0.2424;
    r.geoTransform.c = {137.0, 0.001, 0.0, 36.0, 0.0, -0.001};
    r.geoTransform.valid = true;
    r.crsWkt = kWgs84Wkt;
    io::writeGeoTiff(r, path);
    return path;
}

QString qs(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void hasTheProductTabs();
    void opensFixture();
    void dropOnTabOpensFile();
    void dropOnWindowOpensFile();
    void badFileReportsError_data();
    void badFileReportsError();
    void multiBandRasterIsAnError();
    void remembersTabAndRecentFiles();

private:
    test::TempDir m_dir;
    std::filesystem::path m_fixture;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("insar-denoiser-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    m_fixture = writeFixture(m_dir.file("20200101_20200113.geo.unw.tif"));
}

void TstMainWindow::init()
{
    QSettings().clear();
}

void TstMainWindow::hasTheProductTabs()
{
    MainWindow w;
    QTabWidget* tabs = w.tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Dataset"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Training"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Denoise"));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Case study"));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(w.denoiseTab()));
}

void TstMainWindow::opensFixture()
{
    MainWindow w;
    w.show();
    w.tabs()->setCurrentIndex(0);
    DenoiseTab* tab = w.denoiseTab();
    tab->setErrorDialogsEnabled(false);
    QSignalSpy loaded(tab, &DenoiseTab::fileLoaded);
    QSignalSpy failed(tab, &DenoiseTab::errorOccurred);
    w.openFile(qs(m_fixture));
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(tab));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);

    RasterView* view = tab->inputView();
    QVERIFY(view->hasRaster());
    QCOMPARE(view->raster()->width(), kWidth);
    QCOMPARE(view->raster()->height(), kHeight);
    QCOMPARE(view->raster()->validCount(), std::size_t(kWidth * kHeight - 1));
    // Diverging map, limits symmetric around 0: max |v| = 0.3*29 + 0.1*39 - 7.5 = 5.1 vs |0.3 + ... |
    const RasterStats s = view->raster()->stats();
    INSAR_FUZZY_COMPARE(s.max, 0.3 * 29 + 0.1 * 39 - 7.5, 1e-6, 1e-6);
    INSAR_FUZZY_COMPARE(s.min, 0.1 * 1 - 7.5, 1e-6, 1e-6); // (0,0) is no-data
    INSAR_FUZZY_COMPARE(view->limits().lower, -7.4, 1e-6, 1e-6);
    INSAR_FUZZY_COMPARE(view->limits().upper, 7.4, 1e-6, 1e-6);
    const QString summary = tab->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("40 × 30 px")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("units: radians")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("range -7.4 … 5.1")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("EPSG:4326")), qPrintable(summary));
    QCOMPARE(tab->currentFile(), qs(m_fixture));
    QVERIFY(!tab->outputView()->hasRaster()); // nothing is denoised by opening a file

    // The status-bar read-out follows the input view.
    emit view->pixelHovered(QStringLiteral("row 1, col 2: 0.1 rad"));
    QCOMPARE(w.readoutLabel()->text(), QStringLiteral("row 1, col 2: 0.1 rad"));
    QVERIFY(view->readoutAt(10, 20)->geographic);
}

void TstMainWindow::dropOnTabOpensFile()
{
    MainWindow w;
    w.show();
    DenoiseTab* tab = w.denoiseTab();
    QSignalSpy loaded(tab, &DenoiseTab::fileLoaded);
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(qs(m_fixture))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(tab->inputView()->raster()->width(), kWidth);
    delete mime;

    // A drag without local files is refused.
    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(tab, &refused);
    QVERIFY(!refused.isAccepted());
}

void TstMainWindow::dropOnWindowOpensFile()
{
    MainWindow w;
    w.show();
    w.tabs()->setCurrentIndex(1);
    QSignalSpy loaded(w.denoiseTab(), &DenoiseTab::fileLoaded);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(qs(m_fixture))});
    QSignalSpy status(w.denoiseTab(), &DenoiseTab::statusMessage);
    // As in a real drag: enter first (Qt delivers a drop only to a widget that took the enter).
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.tabs(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.tabs(), &drop); // where a drop on another tab's page arrives
    QVERIFY(drop.isAccepted());
    QVERIFY(!status.isEmpty()); // the load started
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget*>(w.denoiseTab()));
}

void TstMainWindow::badFileReportsError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // "<missing>" = no file at all; "<truncated>" = cut fixture
    QTest::addRow("missing") << QStringLiteral("missing.tif") << QByteArray("<missing>");
    QTest::addRow("not a raster") << QStringLiteral("notes.tif") << QByteArray("just some text\n");
    QTest::addRow("zero bytes") << QStringLiteral("empty.tif") << QByteArray();
    QTest::addRow("truncated tiff") << QStringLiteral("truncated.tif") << QByteArray("<truncated>");
}

void TstMainWindow::badFileReportsError()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const auto path = m_dir.file(name.toStdString());
    if (content == "<truncated>") {
        std::ifstream in(m_fixture, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::ofstream(path, std::ios::binary)
            .write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 3));
    } else if (content != "<missing>") {
        std::ofstream(path, std::ios::binary).write(content.constData(), content.size());
    }

    MainWindow w;
    w.show();
    DenoiseTab* tab = w.denoiseTab();
    QSignalSpy failed(tab, &DenoiseTab::errorOccurred);
    QSignalSpy loaded(tab, &DenoiseTab::fileLoaded);
    w.openFile(qs(path));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(loaded.count(), 0);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(name), qPrintable(message)); // names the file
    QCOMPARE(tab->lastError(), message);
    QVERIFY(!tab->inputView()->hasRaster());

    // The dialog is shown without blocking; it carries the io message.
    auto* box = tab->findChild<QMessageBox*>(QStringLiteral("rasterErrorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->informativeText(), message);
    box->close();

    // The window still works afterwards.
    w.openFile(qs(m_fixture));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(tab->inputView()->hasRaster());
}

void TstMainWindow::multiBandRasterIsAnError()
{
    // A two-band raster that is not an InSAR layout cannot be shown as one map: a clear error.
    const auto path = m_dir.file("two_bands.vrt");
    {
        std::ofstream vrt(path);
        vrt << "<VRTDataset rasterXSize=\"4\" rasterYSize=\"3\">"
               "<VRTRasterBand dataType=\"Float32\" band=\"1\"/>"
               "<VRTRasterBand dataType=\"Float32\" band=\"2\"/></VRTDataset>";
    }
    MainWindow w;
    DenoiseTab* tab = w.denoiseTab();
    tab->setErrorDialogsEnabled(false);
    QSignalSpy failed(tab, &DenoiseTab::errorOccurred);
    w.openFile(qs(path));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("two_bands.vrt")));
    QVERIFY(!tab->findChild<QMessageBox*>());
}

void TstMainWindow::remembersTabAndRecentFiles()
{
    {
        MainWindow w;
        w.show();
        QSignalSpy loaded(w.denoiseTab(), &DenoiseTab::fileLoaded);
        w.openFile(qs(m_fixture));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(w.recentFiles().value(0), QFileInfo(qs(m_fixture)).absoluteFilePath());
        w.tabs()->setCurrentIndex(3);
        w.close();
    }
    MainWindow again;
    QCOMPARE(again.tabs()->currentIndex(), 3);
    QCOMPARE(again.recentFiles().size(), 1);
}

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
