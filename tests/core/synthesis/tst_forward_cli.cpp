// The built `insar-denoiser-cli forward` and `synth` commands: CSV in/out against the library,
// clear errors (with line numbers) for malformed input, a tiny dataset on disk.
#include "synthesis/dataset.h"
#include "synthesis/los_geometry.h"
#include "synthesis/mogi.h"
#include "synthesis/okada.h"
#include "test_support.h"

#include <QProcess>
#include <QtTest>

#include <fstream>
#include <sstream>

using namespace insar;
using namespace insar::synthesis;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

Run runCli(const QStringList& args)
{
    const test::CliRun r = test::runProgram(QStringLiteral(INSAR_CLI_PATH), args);
    return {r.exitCode, r.out.toStdString(), r.err.toStdString()};
}

std::vector<std::vector<double>> parseCsv(const std::string& text, std::string& header)
{
    std::istringstream in(text);
    std::getline(in, header);
    std::vector<std::vector<double>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<double> row;
        std::stringstream ls(line);
        std::string cell;
        while (std::getline(ls, cell, ','))
            row.push_back(std::stod(cell));
        rows.push_back(row);
    }
    return rows;
}

} // namespace

class TstForwardCli : public QObject {
    Q_OBJECT
private slots:
    void okadaMatchesLibrary()
    {
        test::TempDir dir;
        std::ofstream(dir.file("p.csv")) << "name,east_km,north_km\r\na,2,3\r\nb, -4.5 ,0.25\r\n\r\nc,10,-7\r\n";
        const Run r = runCli({"forward", "okada", "--points", QString::fromStdString(dir.file("p.csv").string()),
                              "--east", "1", "--north", "-1", "--top-depth", "2", "--strike", "30", "--dip", "60",
                              "--rake", "-90", "--length", "10", "--width", "6", "--slip", "1.5", "--opening", "0.1",
                              "--incidence", "34", "--heading", "-12"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        std::string header;
        const auto rows = parseCsv(r.out, header);
        QCOMPARE(header, std::string("east_km,north_km,ue_m,un_m,uu_m,los_m"));
        QCOMPARE(rows.size(), std::size_t(3));
        OkadaFault f;
        f.eastKm = 1;
        f.northKm = -1;
        f.topDepthKm = 2;
        f.strikeDeg = 30;
        f.dipDeg = 60;
        f.rakeDeg = -90;
        f.lengthKm = 10;
        f.widthKm = 6;
        f.slipM = 1.5;
        f.openingM = 0.1;
        const LosVector los = losUnitVector(34, -12);
        for (const auto& row : rows) {
            QCOMPARE(row.size(), std::size_t(6));
            const Displacement3 u = okadaDisplacement(f, row[0], row[1]);
            // Printed with shortest round-trip precision: parsing gives the same doubles.
            QCOMPARE(row[2], u.x);
            QCOMPARE(row[3], u.y);
            QCOMPARE(row[4], u.z);
            QCOMPARE(row[5], projectToLos(u, los));
        }
        QCOMPARE(rows[1][0], -4.5);
    }
    void mogiWithoutLos()
    {
        test::TempDir dir;
        std::ofstream(dir.file("p.csv")) << "east_km,north_km\n0,0\n2,0\n";
        const Run r = runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("p.csv").string()),
                              "--depth", "2", "--dvolume", "1e6"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        std::string header;
        const auto rows = parseCsv(r.out, header);
        QCOMPARE(header, std::string("east_km,north_km,ue_m,un_m,uu_m"));
        INSAR_FUZZY_COMPARE(rows[0][4], 5.968310e-02, 1e-6, 0.0);
        INSAR_FUZZY_COMPARE(rows[1][2], 2.110116e-02, 1e-6, 0.0);
    }
    void malformedCsv_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad number") << "east_km,north_km\n1,2\n1,abc\n" << "p.csv:3";
        QTest::addRow("missing column") << "east_km,north_km\n1,2\n3\n" << "p.csv:3";
        QTest::addRow("no header columns") << "x,y\n1,2\n" << "east_km";
        QTest::addRow("no points") << "east_km,north_km\n" << "no points";
        QTest::addRow("nan") << "east_km,north_km\nnan,1\n" << "p.csv:2";
    }
    void malformedCsv()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        test::TempDir dir;
        std::ofstream(dir.file("p.csv")) << content.toStdString();
        const Run r = runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("p.csv").string()),
                              "--depth", "2", "--dvolume", "1e6"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find(expected.toStdString()) != std::string::npos, r.err.c_str());
        QVERIFY(r.out.empty());
    }
    void badSourceAndMissingFile()
    {
        test::TempDir dir;
        std::ofstream(dir.file("p.csv")) << "east_km,north_km\n1,2\n";
        Run r = runCli({"forward", "okada", "--points", QString::fromStdString(dir.file("p.csv").string()),
                        "--top-depth", "0", "--strike", "0", "--dip", "45", "--length", "1", "--width", "1", "--slip", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("top depth") != std::string::npos, r.err.c_str());
        r = runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("none.csv").string()), "--depth",
                    "2", "--dvolume", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("none.csv") != std::string::npos, r.err.c_str());
        r = runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("p.csv").string()), "--depth", "2",
                    "--dvolume", "1", "--incidence", "30"});
        QCOMPARE(r.exitCode, 1);
    }
    void synthWritesADataset()
    {
        test::TempDir dir;
        const QString out = QString::fromStdString(dir.file("ds").string());
        const Run r = runCli({"synth", "--preset", "custom", "--region", "10,12,45,46", "--count", "3", "--seed", "5",
                              "--out", out, "--size", "32", "--format", "npy8", "--threads", "2", "--quiet"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const DatasetReader reader(dir.file("ds"));
        QCOMPARE(reader.size(), std::size_t(3));
        QCOMPARE(reader.config().region, (RegionBox{10, 12, 45, 46}));
        QCOMPARE(reader.format(), DatasetFormat::Npy8);
        const Run again = runCli({"synth", "--preset", "custom", "--count", "1", "--seed", "5", "--out",
                                  QString::fromStdString(dir.file("ds2").string())});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.find("--region") != std::string::npos, again.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TstForwardCli)
#include "tst_forward_cli.moc"
