// Denoise tab: denoising with the shipped model in the background, the before/after views on one
// colour scale, saving the result and the removed atmosphere, and the errors on the way.
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "nn/model_file.h"
#include "tabs/denoise_tab.h"
#include "test_support.h"
#include "widgets/raster_view.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

using namespace insar;
using namespace insar::ui;

namespace {

QString qs(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

/// 70 × 50 radians: a smooth "deformation" bowl plus a ramp and speckle, two no-data pixels.
std::filesystem::path writeInterferogram(const std::filesystem::path& path)
{
    Raster r(70, 50);
    std::mt19937 rng(3);
    std::normal_distribution<float> n(0.0f, 0.3f);
    for (int y = 0; y < r.height(); ++y)
        for (int x = 0; x < r.width(); ++x) {
            const float d2 = float((x - 35) * (x - 35) + (y - 25) * (y - 25));
            r.at(y, x) = -6.0f * std::exp(-d2 / 150.0f) + 0.04f * x - 0.03f * y + n(rng);
        }
    r.setNoData(3, 4);
    r.setNoData(40, 60);
    r.metadata.units = Units::Radians;
    r.metadata.wavelengthM = 0.2424;
    r.geoTransform.c = {137.0, 0.001, 0.0, 36.0, 0.0, -0.001};
    r.geoTransform.valid = true;
    io::writeGeoTiff(r, path);
    return path;
}

} // namespace

class TstDenoiseTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void usesTheShippedModelByDefault();
    void denoisesAndSavesResultAndResidual();
    void badModelIsReported();
    void unwritableOutputIsReported();
    void closingWhileJobsRunIsSafe();

private:
    void openAndWait(DenoiseTab& tab, const std::filesystem::path& file);
    test::TempDir m_dir;
    std::filesystem::path m_input;
};

void TstDenoiseTab::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InSARDenoiserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_denoise_tab"));
    m_input = writeInterferogram(m_dir.file("20200101_20200113.geo.unw.tif"));
}

void TstDenoiseTab::init()
{
    QSettings().clear();
}

void TstDenoiseTab::openAndWait(DenoiseTab& tab, const std::filesystem::path& file)
{
    QSignalSpy loaded(&tab, &DenoiseTab::fileLoaded);
    tab.openFile(qs(file));
    QVERIFY(loaded.wait(30000));
}

void TstDenoiseTab::usesTheShippedModelByDefault()
{
    DenoiseTab tab;
    QVERIFY(!tab.modelPath().isEmpty());
    QCOMPARE(tab.modelPath(), qs(nn::defaultModelPath()));
    QVERIFY(QFileInfo::exists(tab.modelPath()));
    auto* button = tab.findChild<QPushButton*>(QStringLiteral("denoiseButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing open yet
    openAndWait(tab, m_input);
    QVERIFY(button->isEnabled());
    QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

void TstDenoiseTab::denoisesAndSavesResultAndResidual()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    openAndWait(tab, m_input);
    QSignalSpy done(&tab, &DenoiseTab::denoised);
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    tab.findChild<QPushButton*>(QStringLiteral("denoiseButton"))->click();
    QVERIFY(tab.isDenoising());
    QVERIFY(done.wait(60000));
    QCOMPARE(failed.count(), 0);

    const auto in = tab.inputRaster();
    const auto out = tab.outputRaster();
    QVERIFY(out);
    QCOMPARE(out->width(), in->width());
    QCOMPARE(out->height(), in->height());
    QCOMPARE(out->metadata.units, Units::Radians); // given back in the input's units
    double change = 0.0;
    for (std::size_t i = 0; i < in->size(); ++i) {
        QCOMPARE(std::isnan(out->data()[i]), std::isnan(in->data()[i])); // no-data kept
        if (!std::isnan(in->data()[i])) {
            QVERIFY(std::isfinite(out->data()[i]));
            change = std::max(change, double(std::abs(out->data()[i] - in->data()[i])));
        }
    }
    QVERIFY2(change > 1e-3, "the model changed nothing");
    // Both views on one colour scale covering both maps.
    QCOMPARE(tab.inputView()->limits(), tab.outputView()->limits());
    QVERIFY(tab.resultSummary().contains(QStringLiteral("standard deviation")));

    // Save: the map and the removed atmosphere, both georeferenced, residual = input − output.
    QSignalSpy saved(&tab, &DenoiseTab::resultSaved);
    const auto target = m_dir.file("out/result.tif");
    std::filesystem::create_directories(target.parent_path());
    tab.saveResult(qs(target), true);
    QVERIFY(saved.wait(30000));
    const Raster back = io::readRaster(target);
    const Raster residual = io::readRaster(m_dir.file("out/result.residual.tif"));
    QVERIFY(back.geoTransform.valid);
    for (std::size_t i = 0; i < back.size(); ++i) {
        if (std::isnan(in->data()[i])) {
            QVERIFY(std::isnan(back.data()[i]));
            continue;
        }
        QCOMPARE(back.data()[i], out->data()[i]);
        INSAR_FUZZY_COMPARE(residual.data()[i], in->data()[i] - out->data()[i], 0.0, 1e-6);
    }
}

void TstDenoiseTab::badModelIsReported()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    openAndWait(tab, m_input);
    const auto bad = m_dir.file("broken.model");
    std::ofstream(bad) << "INSARDNN but not really a model";
    tab.setModelPath(qs(bad));
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    tab.denoise();
    QVERIFY(failed.wait(30000));
    QVERIFY2(tab.lastError().contains(QStringLiteral("broken.model")), qPrintable(tab.lastError()));
    QVERIFY(!tab.outputRaster() || tab.outputRaster()->empty());
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("denoiseButton"))->isEnabled()); // can retry
}

void TstDenoiseTab::unwritableOutputIsReported()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    openAndWait(tab, m_input);
    QSignalSpy done(&tab, &DenoiseTab::denoised);
    tab.denoise();
    QVERIFY(done.wait(60000));
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    const auto target = m_dir.file("no/such/folder/out.tif");
    tab.saveResult(qs(target), true);
    QVERIFY(failed.wait(30000));
    QVERIFY(!tab.lastError().isEmpty());
    QVERIFY(!std::filesystem::exists(target));
}

void TstDenoiseTab::closingWhileJobsRunIsSafe()
{
    // Jobs are tracked by QPointer: a tab destroyed with a running job (or one finished and
    // waiting for deleteLater) cancels it and nothing touches the destroyed tab afterwards.
    {
        auto tab = std::make_unique<DenoiseTab>();
        tab->setErrorDialogsEnabled(false);
        openAndWait(*tab, m_input);
        tab->denoise();
        QVERIFY(tab->isDenoising());
        QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("denoiseButton"))->isEnabled());
        tab.reset();
    }
    {
        auto tab = std::make_unique<DenoiseTab>();
        tab->openFile(qs(m_input));
        QVERIFY(tab->isLoading());
        tab.reset();
    }
    // The cancelled workers end in the background without touching anything that is gone.
    QTest::qWait(500);
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    openAndWait(tab, m_input);
    QSignalSpy done(&tab, &DenoiseTab::denoised);
    tab.denoise();
    QVERIFY(done.wait(60000));
    QVERIFY(!tab.isDenoising());
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

QTEST_MAIN(TstDenoiseTab)
#include "tst_denoise_tab.moc"
