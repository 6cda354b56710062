// Okada (1985) against Table 2 (docs/physics.md §1.11, full-precision [COMP] values) through the
// public API, including the geographic frame; vertical-fault continuity and mirror symmetries.
#include "common/error.h"
#include "synthesis/okada.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace insar;
using namespace insar::synthesis;

namespace {
constexpr double kDeg = 3.14159265358979323846 / 180.0;
constexpr double kRtol = 1e-9;

double maxAbs(const Displacement3& u)
{
    return std::max({std::abs(u.x), std::abs(u.y), std::abs(u.z)});
}
} // namespace

class TstOkada : public QObject {
    Q_OBJECT
private slots:
    void table2_data()
    {
        QTest::addColumn<bool>("point");
        QTest::addColumn<int>("type"); // 0 strike-slip, 1 dip-slip, 2 tensile
        QTest::addColumn<double>("ux");
        QTest::addColumn<double>("uy");
        QTest::addColumn<double>("uz");
        QTest::addRow("case 1 point strike-slip")
            << true << 0 << -9.4474186065e-04 << -1.0229885428e-03 << -7.4201246533e-04;
        QTest::addRow("case 1 point dip-slip")
            << true << 1 << -1.1723215364e-03 << -2.0819985411e-03 << -2.5315947109e-03;
        QTest::addRow("case 1 point tensile")
            << true << 2 << -3.5716333691e-04 << +3.5310854914e-04 << -2.0068126969e-04;
        QTest::addRow("case 2 finite strike-slip")
            << false << 0 << -8.6891650043e-03 << -4.2975821897e-03 << -2.7474058276e-03;
        QTest::addRow("case 2 finite dip-slip")
            << false << 1 << -4.6823487628e-03 << -3.5267267969e-02 << -3.5638557673e-02;
        QTest::addRow("case 2 finite tensile")
            << false << 2 << -2.6599600964e-04 << +1.0564074877e-02 << +3.2141931142e-03;
    }
    void table2()
    {
        QFETCH(bool, point);
        QFETCH(int, type);
        QFETCH(double, ux);
        QFETCH(double, uy);
        QFETCH(double, uz);
        double u[3] = {0, 0, 0};
        u[type] = 1.0;
        const Displacement3 d =
            point ? okadaPointLocal(2.0, 3.0, 4.0, 70.0, u[0], u[1], u[2], 0.25)
                  : okadaRectangleLocal(2.0, 3.0, 4.0, 70.0, 3.0, 2.0, u[0], u[1], u[2], 0.25);
        // Values ~1e-3..1e-2; the tiny atol only covers the rounding of the printed 11 digits.
        INSAR_FUZZY_COMPARE(d.x, ux, kRtol, 1e-15);
        INSAR_FUZZY_COMPARE(d.y, uy, kRtol, 1e-15);
        INSAR_FUZZY_COMPARE(d.z, uz, kRtol, 1e-15);
    }

    // The same case 2 through OkadaFault (top-edge centre, strike, rake, slip/opening) and the
    // geographic rotation, for several strikes: rotate the whole Table 2 set-up about the origin.
    void table2Geographic_data()
    {
        QTest::addColumn<double>("strikeDeg");
        QTest::addColumn<int>("type");
        for (double strike : {90.0, 0.0, 33.0, 211.0})
            for (int type = 0; type < 3; ++type)
                QTest::addRow("strike %g type %d", strike, type) << strike << type;
    }
    void table2Geographic()
    {
        QFETCH(double, strikeDeg);
        QFETCH(int, type);
        const double expected[3][3] = {{-8.6891650043e-03, -4.2975821897e-03, -2.7474058276e-03},
                                       {-4.6823487628e-03, -3.5267267969e-02, -3.5638557673e-02},
                                       {-2.6599600964e-04, +1.0564074877e-02, +3.2141931142e-03}};
        const double phi = strikeDeg * kDeg;
        const double sE = std::sin(phi), sN = std::cos(phi);  // along strike
        const double yE = -std::cos(phi), yN = std::sin(phi); // Okada +y
        const double dip = 70.0, L = 3.0, W = 2.0, d = 4.0;
        OkadaFault f;
        // Okada corner at the origin: top-edge centre T = (L/2) s + W cos(dip) y_hat.
        f.eastKm = 0.5 * L * sE + W * std::cos(dip * kDeg) * yE;
        f.northKm = 0.5 * L * sN + W * std::cos(dip * kDeg) * yN;
        f.topDepthKm = d - W * std::sin(dip * kDeg);
        f.strikeDeg = strikeDeg;
        f.dipDeg = dip;
        f.lengthKm = L;
        f.widthKm = W;
        f.slipM = type == 2 ? 0.0 : 1.0;
        f.rakeDeg = type == 1 ? 90.0 : 0.0;
        f.openingM = type == 2 ? 1.0 : 0.0;
        const double pe = 2.0 * sE + 3.0 * yE, pn = 2.0 * sN + 3.0 * yN;
        const Displacement3 u = okadaDisplacement(f, pe, pn);
        const double ux = expected[type][0], uy = expected[type][1], uz = expected[type][2];
        // Rotate Okada (x, y) back to (E, N) (docs/physics.md §1.9).
        INSAR_FUZZY_COMPARE(u.x, ux * sE + uy * yE, kRtol, 1e-14);
        INSAR_FUZZY_COMPARE(u.y, ux * sN + uy * yN, kRtol, 1e-14);
        INSAR_FUZZY_COMPARE(u.z, uz, kRtol, 1e-14);
        if (strikeDeg == 90.0) { // strike 90: x = E and y = N, so the table applies directly
            INSAR_FUZZY_COMPARE(u.x, ux, kRtol, 1e-14);
            INSAR_FUZZY_COMPARE(u.y, uy, kRtol, 1e-14);
        }
    }

    // dip -> 90: the general branch at 89.9999 and 90.0001 deg joins the vertical branch (eq. 29).
    void verticalContinuity_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<int>("type");
        for (int type = 0; type < 3; ++type) {
            QTest::addRow("(2,3) type %d", type) << 2.0 << 3.0 << type;
            QTest::addRow("(-1,-2.5) type %d", type) << -1.0 << -2.5 << type;
            QTest::addRow("(1.5,0.3) type %d", type) << 1.5 << 0.3 << type;
            QTest::addRow("(7,-0.5) type %d", type) << 7.0 << -0.5 << type;
        }
    }
    void verticalContinuity()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(int, type);
        double u[3] = {0, 0, 0};
        u[type] = 1.0;
        const Displacement3 v = okadaRectangleLocal(x, y, 4.0, 90.0, 3.0, 2.0, u[0], u[1], u[2]);
        const double scale = maxAbs(v);
        QVERIFY(scale > 1e-6);
        // The solution is analytic in the dip through 90 deg, so near 90 it moves linearly with the
        // dip: the offset at 89.9999 must be 1/100 of the offset at 89.99, and the one at 90.0001 its
        // negative. Loss of precision in the 1/cos(dip) terms would break both.
        const Displacement3 far = okadaRectangleLocal(x, y, 4.0, 89.99, 3.0, 2.0, u[0], u[1], u[2]);
        const Displacement3 near = okadaRectangleLocal(x, y, 4.0, 89.9999, 3.0, 2.0, u[0], u[1], u[2]);
        const Displacement3 over = okadaRectangleLocal(x, y, 4.0, 90.0001, 3.0, 2.0, u[0], u[1], u[2]);
        const double fc[3] = {far.x - v.x, far.y - v.y, far.z - v.z};
        const double nc[3] = {near.x - v.x, near.y - v.y, near.z - v.z};
        const double oc[3] = {over.x - v.x, over.y - v.y, over.z - v.z};
        for (int k = 0; k < 3; ++k) {
            INSAR_FUZZY_COMPARE(nc[k], fc[k] / 100.0, 0.0, 0.02 * std::abs(fc[k]) / 100.0 + 1e-11 * scale);
            INSAR_FUZZY_COMPARE(oc[k], -nc[k], 0.0, 0.02 * std::abs(nc[k]) + 1e-11 * scale);
            QVERIFY(std::abs(nc[k]) < 1e-4 * scale); // 89.9999 and 90 agree to ~1e-5 of the signal
        }
        const Displacement3 tiny = okadaRectangleLocal(x, y, 4.0, 89.99999999, 3.0, 2.0, u[0], u[1], u[2]);
        INSAR_FUZZY_COMPARE(tiny.x, v.x, 0.0, 1e-8 * scale);
        INSAR_FUZZY_COMPARE(tiny.y, v.y, 0.0, 1e-8 * scale);
        INSAR_FUZZY_COMPARE(tiny.z, v.z, 0.0, 1e-8 * scale);
    }

    // dip -> 180 - dip mirrors the fault plane in y; the blocks swap sides, so shear senses flip:
    // u_{180-d}(x, -y; U1, U2, U3) = M u_d(x, y; -U1, -U2, U3), M = diag(1, -1, 1).
    void mirrorSymmetry_data()
    {
        QTest::addColumn<double>("dip");
        QTest::addColumn<int>("type");
        for (double dip : {70.0, 45.0, 12.0, 89.99999, 90.0})
            for (int type = 0; type < 3; ++type)
                QTest::addRow("dip %g type %d", dip, type) << dip << type;
    }
    void mirrorSymmetry()
    {
        QFETCH(double, dip);
        QFETCH(int, type);
        double u[3] = {0, 0, 0};
        u[type] = 1.0;
        for (const auto& [x, y] : {std::pair{2.0, 3.0}, std::pair{-1.0, 0.7}, std::pair{4.0, -6.0}}) {
            const Displacement3 a = okadaRectangleLocal(x, y, 4.0, dip, 3.0, 2.0, -u[0], -u[1], u[2]);
            const Displacement3 b = okadaRectangleLocal(x, -y, 4.0, 180.0 - dip, 3.0, 2.0, u[0], u[1], u[2]);
            const double scale = maxAbs(a);
            INSAR_FUZZY_COMPARE(b.x, a.x, 1e-9, 1e-12 * scale);
            INSAR_FUZZY_COMPARE(b.y, -a.y, 1e-9, 1e-12 * scale);
            INSAR_FUZZY_COMPARE(b.z, a.z, 1e-9, 1e-12 * scale);
        }
    }

    // A vertical fault described with strike + 180 is the same plane with the sides swapped:
    // strike-slip and opening unchanged, dip-slip reversed (rake 90 <-> -90).
    void verticalStrikeReversal()
    {
        OkadaFault f;
        f.eastKm = 1.0;
        f.northKm = -2.0;
        f.topDepthKm = 1.5;
        f.strikeDeg = 40.0;
        f.dipDeg = 90.0;
        f.lengthKm = 8.0;
        f.widthKm = 4.0;
        for (const auto& [rake, opening] : {std::pair{0.0, 0.0}, std::pair{90.0, 0.0}, std::pair{0.0, 1.0}}) {
            f.strikeDeg = 40.0;
            f.rakeDeg = rake;
            f.slipM = opening > 0.0 ? 0.0 : 1.0;
            f.openingM = opening;
            OkadaFault g = f;
            g.strikeDeg = 220.0;
            g.rakeDeg = rake == 90.0 ? -90.0 : rake;
            for (const auto& [e, n] : {std::pair{3.0, 4.0}, std::pair{-5.0, 1.0}, std::pair{0.5, -7.0}}) {
                const Displacement3 a = okadaDisplacement(f, e, n);
                const Displacement3 b = okadaDisplacement(g, e, n);
                const double scale = maxAbs(a);
                INSAR_FUZZY_COMPARE(b.x, a.x, 1e-9, 1e-12 * scale);
                INSAR_FUZZY_COMPARE(b.y, a.y, 1e-9, 1e-12 * scale);
                INSAR_FUZZY_COMPARE(b.z, a.z, 1e-9, 1e-12 * scale);
            }
        }
    }

    // Sign check of docs/physics.md §1.9: a normal fault's hanging wall subsides above the top edge.
    void normalFaultSubsides()
    {
        OkadaFault f;
        f.topDepthKm = 1.0;
        f.strikeDeg = 140.0;
        f.dipDeg = 50.0;
        f.rakeDeg = -100.0;
        f.lengthKm = 12.0;
        f.widthKm = 10.0;
        f.slipM = 0.6;
        // 2 km into the hanging wall (to the right of strike, i.e. along strike + 90).
        const double az = (140.0 + 90.0) * kDeg;
        const Displacement3 u = okadaDisplacement(f, 2.0 * std::sin(az), 2.0 * std::cos(az));
        QVERIFY2(u.z < -0.01, qPrintable(QString::number(u.z)));
    }

    // Linear in the dislocation and scale-invariant in lengths (docs/physics.md §1.1).
    void linearityAndScaling()
    {
        const Displacement3 a = okadaRectangleLocal(2.0, 3.0, 4.0, 70.0, 3.0, 2.0, 0.3, -0.7, 0.2);
        const Displacement3 b =
            okadaRectangleLocal(2000.0, 3000.0, 4000.0, 70.0, 3000.0, 2000.0, 0.6, -1.4, 0.4);
        INSAR_FUZZY_COMPARE(b.x, 2.0 * a.x, 1e-10, 1e-16);
        INSAR_FUZZY_COMPARE(b.y, 2.0 * a.y, 1e-10, 1e-16);
        INSAR_FUZZY_COMPARE(b.z, 2.0 * a.z, 1e-10, 1e-16);
    }

    // Points on the negative extension of an edge (R + eta -> 0) stay finite and continuous.
    void edgeExtensionIsContinuous()
    {
        // Vertical fault, observation on the extension of the strike line beyond x = 0 is q = -d... use
        // a point close to the line y = 0 behind the fault start.
        const Displacement3 a = okadaRectangleLocal(-3.0, 1e-7, 4.0, 90.0, 3.0, 2.0, 1.0, 1.0, 1.0);
        const Displacement3 b = okadaRectangleLocal(-3.0, -1e-7, 4.0, 90.0, 3.0, 2.0, 1.0, 1.0, 1.0);
        const Displacement3 c = okadaRectangleLocal(-3.0, 0.0, 4.0, 90.0, 3.0, 2.0, 1.0, 1.0, 1.0);
        for (const Displacement3* p : {&a, &b, &c}) {
            QVERIFY(std::isfinite(p->x) && std::isfinite(p->y) && std::isfinite(p->z));
        }
        INSAR_FUZZY_COMPARE(a.z, c.z, 0.0, 1e-8);
        INSAR_FUZZY_COMPARE(b.z, c.z, 0.0, 1e-8);
    }

    void rejectsNonPhysicalFaults_data()
    {
        QTest::addColumn<int>("which");
        QTest::addRow("top depth 0") << 0;
        QTest::addRow("negative length") << 1;
        QTest::addRow("zero width") << 2;
        QTest::addRow("dip 0") << 3;
        QTest::addRow("NaN strike") << 4;
        QTest::addRow("Poisson 0.5") << 5;
    }
    void rejectsNonPhysicalFaults()
    {
        QFETCH(int, which);
        OkadaFault f;
        switch (which) {
        case 0:
            f.topDepthKm = 0.0;
            break;
        case 1:
            f.lengthKm = -1.0;
            break;
        case 2:
            f.widthKm = 0.0;
            break;
        case 3:
            f.dipDeg = 0.0;
            break;
        case 4:
            f.strikeDeg = NAN;
            break;
        case 5:
            f.poisson = 0.5;
            break;
        }
        QVERIFY_THROWS_EXCEPTION(Error, OkadaModel{f});
    }
};

QTEST_GUILESS_MAIN(TstOkada)
#include "tst_okada.moc"
