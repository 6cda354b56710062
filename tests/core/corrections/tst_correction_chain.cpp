// The factory and chains: method names and arguments, unknown names and the registry hook for
// methods from other libraries; a chain equals its steps applied in order and the order matters;
// removedNoise, the std figures and the LiCSBAS reduction checked by hand on a 3 x 3 case; the
// provenance written into metadata.
#include "common/error.h"
#include "corrections/correction_chain.h"
#include "corrections/correction_factory.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace insar;
using namespace insar::corrections;

namespace {

/// Test correction: subtracts the column index (a method from "another library").
class SubtractColumn final : public Correction {
public:
    std::string name() const override { return "column"; }
    std::string parametersJson() const override { return R"({"method": "column"})"; }
    std::map<std::string, std::string> extraProvenance() const override
    {
        return {{"model_sha256", "abc123"}};
    }

protected:
    Raster correct(const Raster& input, const CorrectionContext&, const ResolvedReference&, Progress&,
                   std::vector<std::string>&) const override
    {
        Raster out = input;
        for (int row = 0; row < out.height(); ++row)
            for (int col = 0; col < out.width(); ++col)
                if (out.isValid(row, col))
                    out.at(row, col) -= float(col);
        return out;
    }
};

/// A ramp plus a height-correlated signal on a hilly DEM: deramping and phase-elevation fits
/// interact, so their order changes the result.
void rampAndHeights(Raster& input, Raster& dem)
{
    input = Raster(50, 40);
    dem = Raster(50, 40);
    for (int row = 0; row < 40; ++row)
        for (int col = 0; col < 50; ++col) {
            const double h = 600.0 + 15.0 * col + 300.0 * std::sin(0.3 * row) * std::cos(0.2 * col);
            dem.at(row, col) = float(h);
            input.at(row, col) =
                float(0.02 * col - 0.01 * row + 1e-3 * h + 0.2 * std::sin(0.7 * row + 0.4 * col));
        }
}

} // namespace

class TstCorrectionChain : public QObject {
    Q_OBJECT

private slots:
    void factoryNames_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("name");
        QTest::addRow("deramp") << "deramp"
                                << "deramp:linear";
        QTest::addRow("deramp bilinear") << "deramp:bilinear"
                                         << "deramp:bilinear";
        QTest::addRow("quadratic, spaces, case") << " Deramp:quadratic "
                                                 << "deramp:quadratic";
        QTest::addRow("linear") << "linear"
                                << "linear:1";
        QTest::addRow("linear 2") << "linear:2"
                                  << "linear:2";
        QTest::addRow("linear options") << "linear:ml3+plane+3"
                                        << "linear:3+plane+ml3";
        QTest::addRow("gacos") << "gacos"
                               << "gacos";
        QTest::addRow("chain") << "gacos, deramp:bilinear,linear:2"
                               << "gacos,deramp:bilinear,linear:2";
    }
    void factoryNames()
    {
        QFETCH(QString, spec);
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(makeCorrection(spec.toStdString())->name()), name);
    }

    void factoryErrors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown") << "smooth"
                                 << "deramp, gacos, linear";
        QTest::addRow("cnn not linked") << "gacos,cnn"
                                        << "registered by the neural-network library";
        QTest::addRow("bad ramp") << "deramp:cubic"
                                  << "linear, bilinear or quadratic";
        QTest::addRow("bad order") << "linear:4"
                                   << "not an order";
        QTest::addRow("gacos argument") << "gacos:x"
                                        << "no argument";
        QTest::addRow("empty item") << "deramp,,linear"
                                    << "empty method";
        QTest::addRow("empty") << ""
                               << "empty method";
    }
    void factoryErrors()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        try {
            makeCorrection(spec.toStdString());
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }

    void registryHook()
    {
        registerCorrection("column", [](const std::string&) { return std::make_unique<SubtractColumn>(); });
        QVERIFY(availableCorrections().size() >= 4);
        const auto chain = makeCorrection("column,deramp");
        QCOMPARE(chain->name(), std::string("column,deramp:linear"));
        QVERIFY_THROWS_EXCEPTION(Error, registerCorrection("Bad Name", {}));
        // Provenance of a step's extras reaches the chain's output.
        NullProgress none;
        const CorrectionResult r = chain->apply(Raster(6, 5, 1.0f), CorrectionContext{}, none);
        QCOMPARE(r.corrected.metadata.extra.at("correction_model_sha256"), std::string("abc123"));
    }

    void stdReductionByHand()
    {
        // input (NaN at row 2, col 2):   corrected = input - col:
        //   1 2 3                         1 1 1
        //   4 5 6                         4 4 4
        //   7 8 .                         7 7 .
        // std before: values 1..8, mean 4.5, sum of squares 42 -> sqrt(42 / 8)
        // std after: 1,1,1,4,4,4,7,7, mean 3.625, sum of squares 43.875 -> sqrt(43.875 / 8)
        Raster input(3, 3);
        const float v[9] = {1, 2, 3, 4, 5, 6, 7, 8, NAN};
        std::copy(v, v + 9, input.data());
        input.metadata.description = "hand case";
        CorrectionContext ctx;
        ctx.reference = ReferencePoint::pixel(0, 0);
        NullProgress none;
        const CorrectionResult r = SubtractColumn().apply(input, ctx, none);
        const double before = std::sqrt(42.0 / 8.0);
        const double after = std::sqrt(43.875 / 8.0);
        INSAR_FUZZY_COMPARE(r.stdBefore, before, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(r.stdAfter, after, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(r.reduction, (before - after) / before, 1e-12, 0.0);
        QVERIFY(r.reduction < 0.0);

        // Re-referenced at (0, 0): the 3 x 3-clipped window {1, 1, 4, 4} has mean 2.5.
        QCOMPARE(r.corrected.at(0, 0), -1.5f);
        QCOMPARE(r.corrected.at(2, 1), 4.5f);
        // removed = input - corrected = col + 2.5, no-data where the input is.
        QCOMPARE(r.removed.at(0, 0), 2.5f);
        QCOMPARE(r.removed.at(1, 2), 4.5f);
        QVERIFY(std::isnan(r.removed.at(2, 2)));
        QCOMPARE(removedNoise(input, r.corrected).values().size(), std::size_t(9));

        // Provenance in the result and in both maps' metadata.
        QCOMPARE(r.provenance.at("method"), std::string("column"));
        QVERIFY(!r.provenance.at("version").empty());
        QCOMPARE(r.corrected.metadata.extra.at("correction_parameters"),
                 std::string(R"({"method": "column"})"));
        QCOMPARE(r.removed.metadata.extra.at("correction_reference"), std::string("pixel (row 0, col 0)"));
        QVERIFY(r.corrected.metadata.extra.count("correction_std_reduction") == 1);

        // The GeoTIFF writer carries the provenance through a file.
        test::TempDir dir;
        io::writeGeoTiff(r.corrected, dir.file("corrected.tif"));
        const Raster back = io::readRaster(dir.file("corrected.tif"));
        QCOMPARE(back.metadata.extra.at("correction_method"), std::string("column"));
        QCOMPARE(back.metadata.extra.at("correction_std_before"), r.provenance.at("std_before"));
    }

    void removedNoiseMarksEitherNoData()
    {
        Raster a(2, 2, 3.0f);
        Raster b(2, 2, 1.0f);
        a.setNoData(0, 0);
        b.setNoData(1, 1);
        const Raster d = removedNoise(a, b);
        QVERIFY(std::isnan(d.at(0, 0)));
        QVERIFY(std::isnan(d.at(1, 1)));
        QCOMPARE(d.at(0, 1), 2.0f);
        QVERIFY_THROWS_EXCEPTION(Error, removedNoise(a, Raster(3, 2)));
        QVERIFY(std::isnan(stdReduction(0.0, 1.0)));
    }

    void chainComposesInOrder()
    {
        Raster input;
        Raster dem;
        rampAndHeights(input, dem);
        input.setNoData(7, 9);
        CorrectionContext ctx;
        ctx.dem = dem;
        ctx.reference = ReferencePoint::pixel(20, 25);
        NullProgress none;

        const auto chain = makeCorrection("deramp:bilinear,linear:1");
        const CorrectionResult whole = chain->apply(input, ctx, none);
        const CorrectionResult step1 = makeCorrection("deramp:bilinear")->apply(input, ctx, none);
        const CorrectionResult step2 = makeCorrection("linear:1")->apply(step1.corrected, ctx, none);
        double maxDiff = 0.0;
        for (std::size_t i = 0; i < input.size(); ++i) {
            QCOMPARE(std::isnan(whole.corrected.values()[i]), std::isnan(step2.corrected.values()[i]));
            if (!std::isnan(whole.corrected.values()[i]))
                maxDiff = std::max(
                    maxDiff, double(std::abs(whole.corrected.values()[i] - step2.corrected.values()[i])));
        }
        QVERIFY2(maxDiff < 1e-6, qPrintable(QString::number(maxDiff))); // the chain re-references once more
        INSAR_FUZZY_COMPARE(whole.stdBefore, step1.stdBefore, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(whole.stdAfter, step2.stdAfter, 1e-6, 0.0);
        QCOMPARE(whole.provenance.at("method"), std::string("deramp:bilinear,linear:1"));
        QVERIFY(whole.messages.size() >= 4);

        const CorrectionResult reversed = makeCorrection("linear:1,deramp:bilinear")->apply(input, ctx, none);
        double orderDiff = 0.0;
        for (std::size_t i = 0; i < input.size(); ++i)
            if (!std::isnan(whole.corrected.values()[i]))
                orderDiff =
                    std::max(orderDiff,
                             double(std::abs(whole.corrected.values()[i] - reversed.corrected.values()[i])));
        QVERIFY2(orderDiff > 1e-2, qPrintable(QString::number(orderDiff)));
    }
};

QTEST_GUILESS_MAIN(TstCorrectionChain)
#include "tst_correction_chain.moc"
