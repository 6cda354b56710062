// Each InSAR layout read from fixtures made here at run time: ROI_PAC .unw + .rsc (bytes written by
// hand), ISCE .unw + .xml (GDAL ISCE driver) and + .vrt, ENVI, LiCSAR-named GeoTIFF, netCDF and
// HDF5 subdatasets (MintPy velocity.h5 with a UNIT attribute); plus the name/.rsc parsers.
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/insar_layouts.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#ifdef INSAR_TEST_HAVE_HDF5
#include <hdf5.h>
#endif

#include <cmath>
#include <fstream>
#include <memory>

using namespace insar;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 7;
constexpr int kH = 5;

float phaseAt(int row, int col)
{
    return 0.01f * static_cast<float>(row * kW + col) - 0.2f;
}
float amplitudeAt(int row, int col)
{
    return 100.0f + static_cast<float>(row) + 0.5f * col;
}

void writeText(const fs::path& p, const std::string& text)
{
    std::ofstream out(p, std::ios::binary);
    out << text;
}

/// ROI_PAC .unw: BIL float32 little-endian, per line kW amplitudes then kW phases.
void writeRoiPacUnw(const fs::path& p, bool twoBand)
{
    std::ofstream out(p, std::ios::binary);
    for (int row = 0; row < kH; ++row) {
        if (twoBand)
            for (int col = 0; col < kW; ++col) {
                const float a = amplitudeAt(row, col);
                out.write(reinterpret_cast<const char*>(&a), 4);
            }
        for (int col = 0; col < kW; ++col) {
            const float v = phaseAt(row, col);
            out.write(reinterpret_cast<const char*>(&v), 4);
        }
    }
}

std::string rscText(bool withWidth = true)
{
    std::string s;
    if (withWidth)
        s += "WIDTH          7\n";
    s += "FILE_LENGTH    5\n"
         "X_FIRST        -118.5\n"
         "Y_FIRST        34.25\n"
         "X_STEP         0.000833333\n"
         "Y_STEP         -0.000833333\n"
         "X_UNIT         degrees\n"
         "PROJECTION     LL\n"
         "WAVELENGTH     0.0562356424\n"
         "DATE12         030101-030202\n"
         "HEADING_DEG    -167.5\n"
         "INCIDENCE      23.1\n";
    return s;
}

void verifyPhase(const Raster& r)
{
    QCOMPARE(r.width(), kW);
    QCOMPARE(r.height(), kH);
    for (int row = 0; row < kH; ++row)
        for (int col = 0; col < kW; ++col)
            QCOMPARE(r.at(row, col), phaseAt(row, col));
}

GDALDriver* driver(const char* name)
{
    io::ensureGdalReady();
    return GetGDALDriverManager()->GetDriverByName(name);
}

/// Writes `bands` planes (phase last) with a GDAL driver.
void writeWithGdal(const char* drv, const fs::path& p, int bands, std::optional<double> noData = {},
                   char** options = nullptr)
{
    GDALDriver* d = driver(drv);
    QVERIFY(d != nullptr);
    GDALDataset* ds = d->Create(p.c_str(), kW, kH, bands, GDT_Float32, options);
    QVERIFY(ds != nullptr);
    std::vector<float> amp(kW * kH);
    std::vector<float> ph(kW * kH);
    for (int row = 0; row < kH; ++row)
        for (int col = 0; col < kW; ++col) {
            amp[row * kW + col] = amplitudeAt(row, col);
            ph[row * kW + col] = phaseAt(row, col);
        }
    if (noData)
        ph[3] = static_cast<float>(*noData);
    for (int b = 1; b <= bands; ++b) {
        std::vector<float>& src = b == bands ? ph : amp;
        QCOMPARE(ds->GetRasterBand(b)->RasterIO(GF_Write, 0, 0, kW, kH, src.data(), kW, kH, GDT_Float32, 0, 0,
                                                nullptr),
                 CE_None);
        if (noData)
            ds->GetRasterBand(b)->SetNoDataValue(*noData);
    }
    double gt[6] = {500000.0, 30.0, 0.0, 4200000.0, 0.0, -30.0};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    srs.importFromEPSG(32611);
    ds->SetSpatialRef(&srs);
    GDALClose(GDALDataset::ToHandle(ds));
}

} // namespace

class TstInsarLayouts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { io::configureGdal(2); }

    // --- name and header parsers ---------------------------------------------------------------

    void licsarNames_data()
    {
        // date1/date2: what datesInFileName finds (empty: none); licsar: isLicsarName, and then
        // parseLicsarName gives the same dates.
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("licsar");
        QTest::addColumn<QString>("date1");
        QTest::addColumn<QString>("date2");
        QTest::addRow("unw") << "20180101_20180113.geo.unw.tif" << true << "2018-01-01"
                             << "2018-01-13";
        QTest::addRow("with folder") << "/data/frame/20200229_20200312.geo.cc.tif" << true << "2020-02-29"
                                     << "2020-03-12";
        QTest::addRow("frame prefix")
            << "077A_05090_131313.20180101_20180113.geo.unw.tif" << true << "2018-01-01"
            << "2018-01-13";
        QTest::addRow("frame prefix, underscore, upper case")
            << "/x/124D_04854_171313_20191231_20200112.GEO.UNW.TIFF" << true << "2019-12-31"
            << "2020-01-12";
        QTest::addRow("not geo") << "20180101_20180113.unw.tif" << false << "2018-01-01"
                                 << "2018-01-13";
        QTest::addRow("geo but not tif") << "20180101_20180113.geo.unw.png" << false << "2018-01-01"
                                         << "2018-01-13";
        QTest::addRow("generic, inside") << "ifg_20170305_20170317_filt.unw" << false << "2017-03-05"
                                         << "2017-03-17";
        QTest::addRow("generic, same pair twice")
            << "20170305_20170317.unw.20170305_20170317.tif" << false << "2017-03-05"
            << "2017-03-17";
        QTest::addRow("two different pairs") << "20170305_20170317_20170329.geo.unw.tif" << false << ""
                                             << "";
        QTest::addRow("bad date") << "20181301_20180113.geo.unw.tif" << false << ""
                                  << "";
        QTest::addRow("bad day") << "frame.20181345_20180113.geo.unw.tif" << false << ""
                                 << "";
        QTest::addRow("longer digit run") << "120180101_20180113.geo.unw.tif" << false << ""
                                          << "";
        QTest::addRow("longer digit run after") << "20180101_201801130.geo.unw.tif" << false << ""
                                                << "";
        QTest::addRow("short") << "2018010_20180113.geo.unw.tif" << false << ""
                               << "";
        QTest::addRow("dates only in the folder") << "/data/20180101_20180113/geo.unw.tif" << false << ""
                                                  << "";
        QTest::addRow("plain") << "velocity.tif" << false << ""
                               << "";
    }
    void licsarNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, licsar);
        QFETCH(QString, date1);
        QFETCH(QString, date2);
        QCOMPARE(io::isLicsarName(name.toStdString()), licsar);
        const auto dates = io::datesInFileName(name.toStdString());
        QCOMPARE(dates.has_value(), !date1.isEmpty());
        if (dates) {
            QCOMPARE(QString::fromStdString(dates->date1.toIso()), date1);
            QCOMPARE(QString::fromStdString(dates->date2.toIso()), date2);
        }
        const auto licsarDates = io::parseLicsarName(name.toStdString());
        QCOMPARE(licsarDates.has_value(), licsar);
        if (licsarDates) {
            QCOMPARE(QString::fromStdString(licsarDates->date1.toIso()), date1);
            QCOMPARE(QString::fromStdString(licsarDates->date2.toIso()), date2);
        }
    }

    void date12_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date1");
        QTest::addColumn<QString>("date2");
        QTest::addRow("short") << "030101-030202"
                               << "2003-01-01"
                               << "2003-02-02";
        QTest::addRow("nineties") << "970805-981020"
                                  << "1997-08-05"
                                  << "1998-10-20";
        QTest::addRow("long") << " 20150302-20150326 "
                              << "2015-03-02"
                              << "2015-03-26";
        QTest::addRow("garbage") << "yesterday"
                                 << ""
                                 << "";
        QTest::addRow("bad month") << "031301-030202"
                                   << ""
                                   << "";
    }
    void date12()
    {
        QFETCH(QString, text);
        QFETCH(QString, date1);
        QFETCH(QString, date2);
        const auto d = io::parseDate12(text.toStdString());
        QCOMPARE(d.has_value(), !date1.isEmpty());
        if (d) {
            QCOMPARE(QString::fromStdString(d->date1.toIso()), date1);
            QCOMPARE(QString::fromStdString(d->date2.toIso()), date2);
        }
    }

    void subdatasetNames()
    {
        QVERIFY(io::isSubdatasetName("HDF5:\"/tmp/velocity.h5\"://velocity"));
        QVERIFY(io::isSubdatasetName("NETCDF:\"a.nc\":Band1"));
        QVERIFY(!io::isSubdatasetName("C:\\data\\x.tif"));
        QVERIFY(!io::isSubdatasetName("/data/x.tif"));
        QCOMPARE(io::subdatasetFile("HDF5:\"/tmp/velocity.h5\"://velocity").string(),
                 std::string("/tmp/velocity.h5"));
        QCOMPARE(io::detectLayout("HDF5:\"/tmp/velocity.h5\"://velocity"), io::InsarLayout::Subdataset);
    }

    void parseRscReadsKeys()
    {
        test::TempDir dir;
        writeText(dir.file("a.unw.rsc"), rscText());
        const io::RscHeader h = io::parseRsc(dir.file("a.unw.rsc"));
        QCOMPARE(h.width, 7);
        QCOMPARE(h.fileLength, 5);
        QCOMPARE(*h.xFirst, -118.5);
        QCOMPARE(*h.yStep, -0.000833333);
        QCOMPARE(*h.wavelengthM, 0.0562356424);
        QCOMPARE(h.dates->date1.toIso(), std::string("2003-01-01"));
        QCOMPARE(*h.headingDeg, -167.5);
        QCOMPARE(*h.incidenceDeg, 23.1);
        QCOMPARE(h.projection, std::string("LL"));
    }

    void parseRscRejectsBadHeaders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no WIDTH") << QString::fromStdString(rscText(false)) << "WIDTH";
        QTest::addRow("WIDTH not a number") << "WIDTH abc\nFILE_LENGTH 5\n"
                                            << "WIDTH 'abc'";
        QTest::addRow("negative length") << "WIDTH 7\nFILE_LENGTH -5\n"
                                         << "FILE_LENGTH '-5'";
        QTest::addRow("bad wavelength") << "WIDTH 7\nFILE_LENGTH 5\nWAVELENGTH x\n"
                                        << "WAVELENGTH";
        QTest::addRow("empty") << ""
                               << "WIDTH";
    }
    void parseRscRejectsBadHeaders()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        test::TempDir dir;
        writeText(dir.file("a.unw.rsc"), text.toStdString());
        try {
            io::parseRsc(dir.file("a.unw.rsc"));
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("a.unw.rsc") != std::string::npos, e.what());
            QVERIFY2(msg.find(problem.toStdString()) != std::string::npos, e.what());
        }
    }

    // --- layouts ---------------------------------------------------------------------------------

    void roiPac_data()
    {
        QTest::addColumn<bool>("twoBand");
        QTest::addColumn<QString>("rscName");
        QTest::addRow("amplitude+phase, file.unw.rsc") << true << "geo_030101-030202.unw.rsc";
        QTest::addRow("amplitude+phase, file.rsc") << true << "geo_030101-030202.rsc";
        QTest::addRow("phase only") << false << "geo_030101-030202.unw.rsc";
    }
    void roiPac()
    {
        QFETCH(bool, twoBand);
        QFETCH(QString, rscName);
        test::TempDir dir;
        const fs::path unw = dir.file("geo_030101-030202.unw");
        writeRoiPacUnw(unw, twoBand);
        writeText(dir.file(rscName.toStdString()), rscText());
        QCOMPARE(io::detectLayout(unw), io::InsarLayout::RoiPac);

        const Raster r = io::readRaster(unw);
        verifyPhase(r);
        QCOMPARE(r.metadata.units, Units::Radians);
        QCOMPARE(*r.metadata.wavelengthM, 0.0562356424);
        QCOMPARE(r.metadata.date1->toIso(), std::string("2003-01-01"));
        QCOMPARE(r.metadata.date2->toIso(), std::string("2003-02-02"));
        QCOMPARE(*r.metadata.headingDeg, -167.5);
        QCOMPARE(*r.metadata.incidenceDeg, 23.1);
        QVERIFY(r.geoTransform.valid);
        QCOMPARE(r.geoTransform.c[0], -118.5);
        QCOMPARE(r.geoTransform.c[5], -0.000833333);
        QVERIFY(!r.noDataValue.has_value()); // 0 is not guessed as no-data
        QVERIFY2(io::describeCrs(r.crsWkt).find("EPSG:4326") != std::string::npos,
                 io::describeCrs(r.crsWkt).c_str());

        const io::RasterInfo info = io::probeRaster(unw);
        QCOMPARE(info.bandCount, twoBand ? 2 : 1);
        QCOMPARE(info.band, twoBand ? 2 : 1);
        QCOMPARE(info.driver, std::string("ROI_PAC"));
        if (twoBand) {
            io::ReadOptions options;
            options.band = 1;
            QCOMPARE(io::readRaster(unw, options).at(3, 4), amplitudeAt(3, 4));
        }
        QCOMPARE(info.width, kW);
        QCOMPARE(info.epsg.value_or(0), 4326);
    }

    void roiPacWithWrongSizeFails()
    {
        test::TempDir dir;
        const fs::path unw = dir.file("x.unw");
        writeRoiPacUnw(unw, true);
        fs::resize_file(unw, fs::file_size(unw) - 12);
        writeText(dir.file("x.unw.rsc"), rscText());
        try {
            io::readRaster(unw);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(unw.string() + ":", 0) == 0, e.what());
            QVERIFY2(msg.find("does not match") != std::string::npos, e.what());
        }
    }

    void roiPacWithoutWidthFails()
    {
        test::TempDir dir;
        const fs::path unw = dir.file("x.unw");
        writeRoiPacUnw(unw, true);
        writeText(dir.file("x.unw.rsc"), rscText(false));
        for (int i = 0; i < 2; ++i) {
            try {
                if (i == 0)
                    io::readRaster(unw);
                else
                    io::probeRaster(unw);
                QFAIL("expected insar::Error");
            } catch (const Error& e) {
                const std::string msg = e.what();
                QVERIFY2(msg.rfind(unw.string() + ":", 0) == 0, e.what());
                QVERIFY2(msg.find("has no WIDTH") != std::string::npos, e.what());
            }
        }
    }

    void unwWithoutSidecarFails()
    {
        test::TempDir dir;
        const fs::path unw = dir.file("lonely.unw");
        writeRoiPacUnw(unw, true);
        try {
            io::readRaster(unw);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(unw.string() + ": ", 0) == 0, e.what());
            QVERIFY2(msg.find("lonely.unw.rsc") != std::string::npos, e.what());
            QVERIFY2(msg.find("lonely.unw.xml") != std::string::npos, e.what());
        }
    }

    void isceXml()
    {
        if (!io::gdalHasDriver("ISCE"))
            QSKIP("GDAL here has no ISCE driver");
        test::TempDir dir;
        const fs::path unw = dir.file("filt_topophase.unw");
        char** options = CSLSetNameValue(nullptr, "SCHEME", "BIL");
        writeWithGdal("ISCE", unw, 2, std::nullopt, options);
        CSLDestroy(options);
        QVERIFY(fs::exists(dir.file("filt_topophase.unw.xml")));
        QCOMPARE(io::detectLayout(unw), io::InsarLayout::IsceXml);
        const Raster r = io::readRaster(unw);
        verifyPhase(r);
        QCOMPARE(r.metadata.units, Units::Radians);
        const io::RasterInfo info = io::probeRaster(unw);
        QCOMPARE(info.driver, std::string("ISCE"));
        QCOMPARE(info.bandCount, 2);
        QCOMPARE(info.band, 2);
    }

    // A sidecar names the file GDAL opens: a URL or /vsi path there would make reading a local file
    // reach the network. Refused with a message, before GDAL sees it.
    void sidecarsMayOnlyNameLocalFiles_data()
    {
        QTest::addColumn<QString>("sidecar");
        QTest::addColumn<QString>("text");
        QTest::newRow("isce xml vsicurl")
            << "x.unw.xml"
            << "<imageFile><property name=\"FILE_NAME\"><value>/vsicurl/http://example.org/x.unw</value>"
               "</property><property name=\"WIDTH\"><value>4</value></property></imageFile>";
        QTest::newRow("isce xml url")
            << "x.unw.xml"
            << "<imageFile><property name=\"FILE_NAME\"><value> https://example.org/x.unw</value>"
               "</property></imageFile>";
        QTest::newRow("vrt vsis3")
            << "x.unw.vrt"
            << "<VRTDataset rasterXSize=\"4\" rasterYSize=\"4\"><VRTRasterBand dataType=\"Float32\" "
               "band=\"1\" subClass=\"VRTRawRasterBand\"><SourceFilename>/VSIS3/bucket/x.unw</SourceFilename>"
               "</VRTRasterBand></VRTDataset>";
    }

    void sidecarsMayOnlyNameLocalFiles()
    {
        QFETCH(QString, sidecar);
        QFETCH(QString, text);
        test::TempDir dir;
        writeText(dir.file("x.unw"), std::string(64, '\0'));
        writeText(dir.file(sidecar.toStdString()), text.toStdString());
        try {
            (void)io::readRaster(dir.file("x.unw"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("non-local") != std::string::npos, e.what());
        }
    }

    void isceVrt()
    {
        test::TempDir dir;
        const fs::path unw = dir.file("filt_topophase.unw");
        writeRoiPacUnw(unw, true);
        std::string vrt = "<VRTDataset rasterXSize=\"7\" rasterYSize=\"5\">\n";
        for (int b = 1; b <= 2; ++b)
            vrt += "  <VRTRasterBand dataType=\"Float32\" band=\"" + std::to_string(b) +
                   "\" subClass=\"VRTRawRasterBand\">\n"
                   "    <SourceFilename relativeToVRT=\"1\">filt_topophase.unw</SourceFilename>\n"
                   "    <ImageOffset>" +
                   std::to_string(b == 1 ? 0 : kW * 4) +
                   "</ImageOffset>\n    <PixelOffset>4</PixelOffset>\n    <LineOffset>" +
                   std::to_string(kW * 8) + "</LineOffset>\n    <ByteOrder>LSB</ByteOrder>\n" +
                   "  </VRTRasterBand>\n";
        vrt += "</VRTDataset>\n";
        writeText(dir.file("filt_topophase.unw.vrt"), vrt);
        QCOMPARE(io::detectLayout(unw), io::InsarLayout::IsceVrt);
        const Raster r = io::readRaster(unw);
        verifyPhase(r);
        QCOMPARE(r.metadata.units, Units::Radians);
        QCOMPARE(io::probeRaster(unw).driver, std::string("VRT"));
        // The amplitude band can still be asked for.
        io::ReadOptions options;
        options.band = 1;
        QCOMPARE(io::readRaster(unw, options).at(2, 3), amplitudeAt(2, 3));
    }

    void envi()
    {
        test::TempDir dir;
        const fs::path data = dir.file("phase.dat");
        writeWithGdal("ENVI", data, 1, -9999.0);
        QVERIFY(fs::exists(dir.file("phase.hdr")));
        QCOMPARE(io::detectLayout(data), io::InsarLayout::Envi);
        const Raster r = io::readRaster(data);
        QCOMPARE(r.width(), kW);
        QVERIFY(std::isnan(r.at(0, 3))); // the no-data pixel
        QCOMPARE(r.validCount(), std::size_t(kW * kH - 1));
        QCOMPARE(r.at(4, 6), phaseAt(4, 6));
        QCOMPARE(*r.noDataValue, -9999.0);
        QCOMPARE(r.geoTransform.c[0], 500000.0);
        QCOMPARE(r.geoTransform.c[5], -30.0);
        QVERIFY(io::describeCrs(r.crsWkt).find("32611") != std::string::npos);
        QCOMPARE(io::probeRaster(data).driver, std::string("ENVI"));
    }

    void licsarGeoTiff()
    {
        test::TempDir dir;
        const fs::path file = dir.file("20180101_20180113.geo.unw.tif");
        Raster plain(kW, kH, 0.5f);
        io::writeGeoTiff(plain, file); // no INSAR_* units/dates written: they come from the name
        QCOMPARE(io::detectLayout(file), io::InsarLayout::Licsar);
        const Raster r = io::readRaster(file);
        QCOMPARE(r.metadata.units, Units::Radians);
        QCOMPARE(r.metadata.date1->toIso(), std::string("2018-01-01"));
        QCOMPARE(r.metadata.date2->toIso(), std::string("2018-01-13"));
        INSAR_FUZZY_COMPARE(*r.metadata.wavelengthM, sensorWavelengthM(Sensor::Sentinel1), 1e-12, 0.0);
        QCOMPARE(r.at(1, 1), 0.5f);

        // A LiCSAR coherence file has the dates but no phase units.
        const fs::path cc = dir.file("20180101_20180113.geo.cc.tif");
        io::writeGeoTiff(plain, cc);
        const Raster c = io::readRaster(cc);
        QCOMPARE(c.metadata.units, Units::Unknown);
        QCOMPARE(c.metadata.date2->toIso(), std::string("2018-01-13"));
    }

    void licsarGeoTiffWithFramePrefix()
    {
        test::TempDir dir;
        const fs::path file = dir.file("077A_05090_131313.20180101_20180113.geo.unw.tif");
        io::writeGeoTiff(Raster(kW, kH, 1.5f), file); // no INSAR_* tags: all from the name
        QCOMPARE(io::detectLayout(file), io::InsarLayout::Licsar);
        const Raster r = io::readRaster(file);
        QCOMPARE(r.metadata.units, Units::Radians);
        QCOMPARE(r.metadata.date1->toIso(), std::string("2018-01-01"));
        QCOMPARE(r.metadata.date2->toIso(), std::string("2018-01-13"));
        INSAR_FUZZY_COMPARE(*r.metadata.wavelengthM, sensorWavelengthM(Sensor::Sentinel1), 1e-12, 0.0);
        const io::RasterInfo info = io::probeRaster(file);
        QCOMPARE(info.layout, io::InsarLayout::Licsar);
        QCOMPARE(info.metadata.units, Units::Radians);
    }

    void datesFromAnyFileName()
    {
        test::TempDir dir;
        // A generic name gives the dates, never units or a wavelength.
        const fs::path generic = dir.file("ifg_20170305_20170317_filt.tif");
        io::writeGeoTiff(Raster(kW, kH, 0.25f), generic);
        QCOMPARE(io::detectLayout(generic), io::InsarLayout::GeoTiff);
        const Raster g = io::readRaster(generic);
        QCOMPARE(g.metadata.date1->toIso(), std::string("2017-03-05"));
        QCOMPARE(g.metadata.date2->toIso(), std::string("2017-03-17"));
        QCOMPARE(g.metadata.units, Units::Unknown);
        QVERIFY(!g.metadata.wavelengthM.has_value());
        QCOMPARE(io::probeRaster(generic).metadata.date2->toIso(), std::string("2017-03-17"));

        // Dates the file states win over the name.
        Raster tagged(kW, kH, 0.25f);
        tagged.metadata.date1 = Date::parse("2016-01-01");
        tagged.metadata.date2 = Date::parse("2016-02-02");
        tagged.metadata.units = Units::Metres;
        const fs::path stated = dir.file("ifg_20170305_20170317.tif");
        io::writeGeoTiff(tagged, stated);
        const Raster t = io::readRaster(stated);
        QCOMPARE(t.metadata.date1->toIso(), std::string("2016-01-01"));
        QCOMPARE(t.metadata.date2->toIso(), std::string("2016-02-02"));
        QCOMPARE(t.metadata.units, Units::Metres);

        // So do the .rsc DATE12 of a ROI_PAC file (2003) over its name's pair (2010).
        const fs::path unw = dir.file("geo_20100101_20100113.unw");
        writeRoiPacUnw(unw, true);
        writeText(dir.file("geo_20100101_20100113.unw.rsc"), rscText());
        QCOMPARE(io::readRaster(unw).metadata.date1->toIso(), std::string("2003-01-01"));

        // An invalid date in the name is no date.
        const fs::path invalid = dir.file("ifg_20181345_20180113.tif");
        io::writeGeoTiff(Raster(kW, kH, 0.25f), invalid);
        const Raster i = io::readRaster(invalid);
        QVERIFY(!i.metadata.date1.has_value());
        QVERIFY(!i.metadata.date2.has_value());
    }

    void esriHdrIsNotTakenForEnvi()
    {
        test::TempDir dir;
        const fs::path data = dir.file("dem.bil");
        writeWithGdal("EHdr", data, 1);
        QVERIFY(fs::exists(dir.file("dem.hdr")));
        QCOMPARE(io::detectLayout(data), io::InsarLayout::Envi); // by name only
        const io::RasterInfo info = io::probeRaster(data);
        QCOMPARE(info.driver, std::string("EHdr"));
        QCOMPARE(info.layout, io::InsarLayout::Generic);
        verifyPhase(io::readRaster(data));
    }

    void otherIsceProductsAreNotPhase()
    {
        if (!io::gdalHasDriver("ISCE"))
            QSKIP("GDAL here has no ISCE driver");
        test::TempDir dir;
        const fs::path cor = dir.file("topophase.cor");
        char** options = CSLSetNameValue(nullptr, "SCHEME", "BIL");
        writeWithGdal("ISCE", cor, 2, std::nullopt, options);
        CSLDestroy(options);
        QCOMPARE(io::detectLayout(cor), io::InsarLayout::Generic);
        try {
            io::readRaster(cor); // two bands and no layout saying which one
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("has 2 bands") != std::string::npos, e.what());
        }
    }

    void netcdfSubdataset()
    {
        if (!io::gdalHasDriver("netCDF"))
            QSKIP("GDAL here has no netCDF driver");
        test::TempDir dir;
        const fs::path nc = dir.file("ifg.nc");
        writeWithGdal("netCDF", nc, 1);
        const Raster direct = io::readRaster(nc);
        verifyPhase(direct);
        const std::string name = "NETCDF:\"" + nc.string() + "\":Band1";
        const Raster viaName = io::readRaster(name);
        verifyPhase(viaName);
        QCOMPARE(io::probeRaster(name).layout, io::InsarLayout::Subdataset);
    }

    void hdf5MintPyVelocity()
    {
#ifndef INSAR_TEST_HAVE_HDF5
        QSKIP("built without the HDF5 C library, cannot create the .h5 fixture");
#else
        if (!io::gdalHasDriver("HDF5"))
            QSKIP("GDAL here has no HDF5 driver");
        test::TempDir dir;
        const fs::path h5 = dir.file("velocity.h5");
        {
            const hid_t file = H5Fcreate(h5.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
            QVERIFY(file >= 0);
            const hsize_t dims[2] = {kH, kW};
            const hid_t space = H5Screate_simple(2, dims, nullptr);
            const char* names[2] = {"velocity", "velocityStd"};
            for (int d = 0; d < 2; ++d) {
                std::vector<float> v(kW * kH);
                for (int row = 0; row < kH; ++row)
                    for (int col = 0; col < kW; ++col)
                        v[row * kW + col] = d == 0 ? phaseAt(row, col) : 0.001f;
                const hid_t ds =
                    H5Dcreate2(file, names[d], H5T_IEEE_F32LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
                QVERIFY(ds >= 0);
                H5Dwrite(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
                const std::string unit = "m/year";
                const hid_t strType = H5Tcopy(H5T_C_S1);
                H5Tset_size(strType, unit.size());
                const hid_t scalar = H5Screate(H5S_SCALAR);
                const hid_t attr = H5Acreate2(ds, "UNIT", strType, scalar, H5P_DEFAULT, H5P_DEFAULT);
                H5Awrite(attr, strType, unit.c_str());
                H5Aclose(attr);
                H5Sclose(scalar);
                H5Tclose(strType);
                H5Dclose(ds);
            }
            // MintPy-style root attributes.
            auto rootAttr = [file](const char* key, const std::string& value) {
                const hid_t strType = H5Tcopy(H5T_C_S1);
                H5Tset_size(strType, value.size());
                const hid_t scalar = H5Screate(H5S_SCALAR);
                const hid_t attr = H5Acreate2(file, key, strType, scalar, H5P_DEFAULT, H5P_DEFAULT);
                H5Awrite(attr, strType, value.c_str());
                H5Aclose(attr);
                H5Sclose(scalar);
                H5Tclose(strType);
            };
            rootAttr("WAVELENGTH", "0.05546576");
            rootAttr("START_DATE", "20150307");
            rootAttr("END_DATE", "20191220");
            rootAttr("HEADING", "-168.5");
            H5Sclose(space);
            H5Fclose(file);
        }
        const std::string name = "HDF5:\"" + h5.string() + "\"://velocity";
        const Raster r = io::readRaster(name);
        verifyPhase(r);
        QCOMPARE(r.metadata.units, Units::Unknown);
        QCOMPARE(r.metadata.extra.at("units"), std::string("m/year"));
        QCOMPARE(*r.metadata.wavelengthM, 0.05546576);
        QCOMPARE(r.metadata.date1->toIso(), std::string("2015-03-07"));
        QCOMPARE(r.metadata.date2->toIso(), std::string("2019-12-20"));
        QCOMPARE(*r.metadata.headingDeg, -168.5);
        QVERIFY(!fs::exists(dir.file("velocity.h5.aux.xml"))); // reading never writes beside inputs
        QCOMPARE(r.sourcePath, name);

        // The container itself holds two datasets: the error lists the names to use.
        try {
            io::readRaster(h5);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("2 datasets") != std::string::npos, e.what());
            QVERIFY2(msg.find("://velocity") != std::string::npos, e.what());
        }
        QCOMPARE(io::probeRaster(h5).subdatasets.size(), std::size_t(2));

        // A dataset the file does not hold is named, with the ones it holds.
        const std::string typo = "HDF5:\"" + h5.string() + "\"://velocty";
        try {
            io::readRaster(typo);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("has no dataset '//velocty'") != std::string::npos, e.what());
            QVERIFY2(msg.find("//velocity, //velocityStd") != std::string::npos, e.what());
            QVERIFY2(msg.find("No such file") == std::string::npos, e.what());
        }
        // A file that is not HDF5 at all, named with the HDF5 prefix.
        const fs::path text = dir.file("notes.h5");
        writeText(text, "plain text, not HDF5\n");
        try {
            io::readRaster("HDF5:\"" + text.string() + "\"://velocity");
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("is not an HDF5 file") != std::string::npos, e.what());
        }

        // A missing file inside a subdataset name is reported as missing.
        const std::string missing = "HDF5:\"" + dir.file("nope.h5").string() + "\"://velocity";
        try {
            io::readRaster(missing);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("does not exist") != std::string::npos, e.what());
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TstInsarLayouts)
#include "tst_insar_layouts.moc"
