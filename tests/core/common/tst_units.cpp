// Unit conversions and sensor wavelengths against hand-computed values (docs/physics.md §2.2, §2.3).
#include "common/error.h"
#include "common/raster.h"
#include "common/units.h"
#include "test_support.h"

#include <QtTest>

using namespace insar;

class TstUnits : public QObject {
    Q_OBJECT
private slots:
    void wavelengths_data()
    {
        QTest::addColumn<int>("sensor");
        QTest::addColumn<double>("wavelength");
        QTest::addColumn<double>("metresPerRadian");
        QTest::addRow("ALOS PALSAR") << int(Sensor::AlosPalsar) << 0.2360571 << 1.878482e-2;
        QTest::addRow("ALOS-2 PALSAR-2") << int(Sensor::Alos2Palsar2) << 0.2384035 << 1.897155e-2;
        QTest::addRow("Sentinel-1") << int(Sensor::Sentinel1) << 0.05546576 << 4.413825e-3;
    }
    void wavelengths()
    {
        QFETCH(int, sensor);
        QFETCH(double, wavelength);
        QFETCH(double, metresPerRadian);
        const double lambda = sensorWavelengthM(Sensor(sensor));
        INSAR_FUZZY_COMPARE(lambda, wavelength, 1e-6, 0.0);
        INSAR_FUZZY_COMPARE(-phaseToLosMetres(1.0, lambda), metresPerRadian, 1e-6, 0.0);
    }
    void customSensorHasNoWavelength() { QVERIFY_THROWS_EXCEPTION(Error, sensorWavelengthM(Sensor::Custom)); }
    void signConvention()
    {
        // MintPy: d = -lambda*phi/(4 pi): one full fringe of +2pi is lambda/2 away from the satellite.
        const double lambda = 0.05546576;
        INSAR_FUZZY_COMPARE(phaseToLosMetres(2 * kPi, lambda), -lambda / 2, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(losMetresToPhase(0.01, lambda), -4 * kPi * 0.01 / lambda, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(losMetresToPhase(phaseToLosMetres(3.3, lambda), lambda), 3.3, 1e-12, 0.0);
    }
    void factors()
    {
        INSAR_FUZZY_COMPARE(conversionFactor(Units::Metres, Units::Millimetres), 1000.0, 1e-15, 0.0);
        INSAR_FUZZY_COMPARE(conversionFactor(Units::Millimetres, Units::Metres), 1e-3, 1e-15, 0.0);
        // 1 rad of ALOS-2 phase = -18.97155 mm of LOS.
        INSAR_FUZZY_COMPARE(conversionFactor(Units::Radians, Units::Millimetres, 0.2384035), -18.97155, 1e-6,
                            0.0);
        QVERIFY_THROWS_EXCEPTION(Error, conversionFactor(Units::Radians, Units::Metres));
        QVERIFY_THROWS_EXCEPTION(Error, conversionFactor(Units::Unknown, Units::Metres));
    }
    void rasterConversionKeepsNoData()
    {
        Raster r(2, 1);
        r.at(0, 0) = 1.0f;
        r.setNoData(0, 1);
        r.metadata.units = Units::Radians;
        r.metadata.wavelengthM = 0.2360571;
        r.convertUnits(Units::Millimetres);
        INSAR_FUZZY_COMPARE(r.at(0, 0), -18.78482, 1e-6, 0.0);
        QVERIFY(!r.isValid(0, 1));
        QCOMPARE(r.metadata.units, Units::Millimetres);
    }
    void parsing()
    {
        QCOMPARE(parseUnits("radians"), std::optional<Units>(Units::Radians));
        QCOMPARE(parseUnits("Meters"), std::optional<Units>(Units::Metres));
        QCOMPARE(parseUnits("mm"), std::optional<Units>(Units::Millimetres));
        QVERIFY(!parseUnits("furlongs").has_value());
        QCOMPARE(parseSensor("S1"), std::optional<Sensor>(Sensor::Sentinel1));
        QVERIFY(!parseSensor("envisat-x").has_value());
    }
};

QTEST_GUILESS_MAIN(TstUnits)
#include "tst_units.moc"
