// Mogi test vectors and the pressure form (docs/physics.md §2.1); LOS unit vectors (§2.3).
#include "common/error.h"
#include "synthesis/los_geometry.h"
#include "synthesis/mogi.h"
#include "test_support.h"

#include <QtTest>

using namespace insar;
using namespace insar::synthesis;

class TstMogiLos : public QObject {
    Q_OBJECT
private slots:
    void mogiVectors_data()
    {
        QTest::addColumn<double>("xM");
        QTest::addColumn<double>("yM");
        QTest::addColumn<double>("dM");
        QTest::addColumn<double>("dV");
        QTest::addColumn<double>("ux");
        QTest::addColumn<double>("uy");
        QTest::addColumn<double>("uz");
        QTest::addRow("above") << 0.0 << 0.0 << 2000.0 << 1e6 << 0.0 << 0.0 << 5.968310e-02;
        QTest::addRow("2 km east") << 2000.0 << 0.0 << 2000.0 << 1e6 << 2.110116e-02 << 0.0 << 2.110116e-02;
        QTest::addRow("3,4 km") << 3000.0 << 4000.0 << 2000.0 << 1e6 << 4.586017e-03 << 6.114689e-03
                                << 3.057345e-03;
        QTest::addRow("deflation above") << 0.0 << 0.0 << 5000.0 << -1e7 << 0.0 << 0.0 << -9.549297e-02;
        QTest::addRow("deflation 10 km")
            << 10000.0 << 0.0 << 5000.0 << -1e7 << -1.708230e-02 << 0.0 << -8.541151e-03;
    }
    void mogiVectors()
    {
        QFETCH(double, xM);
        QFETCH(double, yM);
        QFETCH(double, dM);
        QFETCH(double, dV);
        QFETCH(double, ux);
        QFETCH(double, uy);
        QFETCH(double, uz);
        // Source placed off the origin to exercise the offsets.
        MogiSource s{1.5, -2.0, dM / 1000.0, dV, 0.25};
        const Displacement3 u = mogiDisplacement(s, 1.5 + xM / 1000.0, -2.0 + yM / 1000.0);
        INSAR_FUZZY_COMPARE(u.x, ux, 1e-6, 1e-10);
        INSAR_FUZZY_COMPARE(u.y, uy, 1e-6, 1e-10);
        INSAR_FUZZY_COMPARE(u.z, uz, 1e-6, 1e-10);
    }
    void mogiPressureForm()
    {
        const double dV = mogiVolumeFromPressure(500.0, 10e6, 30e9);
        INSAR_FUZZY_COMPARE(dV, 1.308997e5, 1e-6, 0.0);
        const Displacement3 u = mogiDisplacement({0.0, 0.0, 3.0, dV, 0.25}, 0.0, 0.0);
        INSAR_FUZZY_COMPARE(u.z, 3.472222e-3, 1e-6, 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, mogiVolumeFromPressure(0.0, 1e6, 30e9));
    }
    void mogiRejectsBadSources()
    {
        QVERIFY_THROWS_EXCEPTION(Error, mogiDisplacement({0.0, 0.0, 0.0, 1e6, 0.25}, 1.0, 1.0));
        QVERIFY_THROWS_EXCEPTION(Error, mogiDisplacement({0.0, 0.0, -1.0, 1e6, 0.25}, 1.0, 1.0));
        QVERIFY_THROWS_EXCEPTION(Error, mogiDisplacement({0.0, 0.0, 2.0, 1e6, 0.5}, 1.0, 1.0));
    }

    void losVectors_data()
    {
        QTest::addColumn<double>("inc");
        QTest::addColumn<double>("head");
        QTest::addColumn<double>("az");
        QTest::addColumn<double>("e");
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("u");
        QTest::addRow("ALOS asc 38.7") << 38.7 << -10.0 << 100.0 << -0.615744 << -0.108572 << 0.780430;
        QTest::addRow("AlosA") << 34.0 << -12.0 << 102.0 << -0.546973 << -0.116263 << 0.829038;
        QTest::addRow("AlosD") << 34.0 << -168.0 << -102.0 << 0.546973 << -0.116263 << 0.829038;
        QTest::addRow("SenA") << 40.0 << -12.0 << 102.0 << -0.628741 << -0.133643 << 0.766044;
    }
    void losVectors()
    {
        QFETCH(double, inc);
        QFETCH(double, head);
        QFETCH(double, az);
        QFETCH(double, e);
        QFETCH(double, n);
        QFETCH(double, u);
        const LosVector v = losUnitVector(inc, head);
        INSAR_FUZZY_COMPARE(v.east, e, 0.0, 1e-6);
        INSAR_FUZZY_COMPARE(v.north, n, 0.0, 1e-6);
        INSAR_FUZZY_COMPARE(v.up, u, 0.0, 1e-6);
        INSAR_FUZZY_COMPARE(v.east * v.east + v.north * v.north + v.up * v.up, 1.0, 1e-14, 0.0);
        INSAR_FUZZY_COMPARE(losAzimuthDeg(head), az, 1e-12, 1e-12);
        // Uplift is positive (towards the satellite).
        QVERIFY(projectToLos({0.0, 0.0, 0.01}, v) > 0.0);
        INSAR_FUZZY_COMPARE(projectToLos({1.0, 2.0, 3.0}, v), e + 2.0 * n + 3.0 * u, 0.0, 1e-5);
    }
};

QTEST_GUILESS_MAIN(TstMogiLos)
#include "tst_mogi_los.moc"
