// The built `insar-denoiser-cli forward` and `synth` commands: CSV in/out against the library,
// clear errors (with line numbers) for malformed input, extreme inputs refused instead of printing
// nan/inf, a tiny dataset on disk, strict options and config files, resume of an interrupted synth.
#include "synthesis/dataset.h"
#include "synthesis/los_geometry.h"
#include "synthesis/mogi.h"
#include "synthesis/okada.h"
#include "test_support.h"

#include <QProcess>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
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
        std::ofstream(dir.file("p.csv"))
            << "name,east_km,north_km\r\na,2,3\r\nb, -4.5 ,0.25\r\n\r\nc,10,-7\r\n";
        const Run r =
            runCli({"forward",     "okada", "--points",  QString::fromStdString(dir.file("p.csv").string()),
                    "--east",      "1",     "--north",   "-1",
                    "--top-depth", "2",     "--strike",  "30",
                    "--dip",       "60",    "--rake",    "-90",
                    "--length",    "10",    "--width",   "6",
                    "--slip",      "1.5",   "--opening", "0.1",
                    "--incidence", "34",    "--heading", "-12"});
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
        const Run r =
            runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("p.csv").string()),
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
        QTest::addRow("bad number") << "east_km,north_km\n1,2\n1,abc\n"
                                    << "p.csv:3";
        QTest::addRow("missing column") << "east_km,north_km\n1,2\n3\n"
                                        << "p.csv:3";
        QTest::addRow("no header columns") << "x,y\n1,2\n"
                                           << "east_km";
        QTest::addRow("no points") << "east_km,north_km\n"
                                   << "no points";
        QTest::addRow("nan") << "east_km,north_km\nnan,1\n"
                             << "p.csv:2";
    }
    void malformedCsv()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        test::TempDir dir;
        std::ofstream(dir.file("p.csv")) << content.toStdString();
        const Run r =
            runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("p.csv").string()),
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
                        "--top-depth", "0", "--strike", "0", "--dip", "45", "--length", "1", "--width", "1",
                        "--slip", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("--top-depth") != std::string::npos, r.err.c_str());
        r = runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("none.csv").string()),
                    "--depth", "2", "--dvolume", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("none.csv") != std::string::npos, r.err.c_str());
        r = runCli({"forward", "mogi", "--points", QString::fromStdString(dir.file("p.csv").string()),
                    "--depth", "2", "--dvolume", "1", "--incidence", "30"});
        QCOMPARE(r.exitCode, 1);
    }
    void extremeInputsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("points");
        QTest::addColumn<QString>("expected");
        const QStringList mogi{"mogi", "--depth", "2", "--dvolume", "1e6"};
        const QStringList okada{"okada",    "--top-depth", "1",       "--strike", "10",     "--dip", "45",
                                "--length", "10",          "--width", "5",        "--slip", "1"};
        const QString ok = "east_km,north_km\n1,2\n";
        QTest::addRow("huge point coordinate") << mogi << "east_km,north_km\n1e300,2\n"
                                               << "p.csv:2: east_km = 1e+300";
        QTest::addRow("huge north coordinate") << okada << "east_km,north_km\n1,2\n0,-1e300\n"
                                               << "p.csv:3: north_km = -1e+300";
        QTest::addRow("tiny Mogi depth")
            << QStringList{"mogi", "--depth", "1e-300", "--dvolume", "1e6"} << ok << "--depth = 1e-300";
        QTest::addRow("huge Mogi volume")
            << QStringList{"mogi", "--depth", "2", "--dvolume", "1e300"} << ok << "--dvolume = 1e+300";
        QTest::addRow("huge source east")
            << (mogi + QStringList{"--east", "1e300"}) << ok << "--east = 1e+300";
        QTest::addRow("huge Okada slip")
            << (okada.mid(0, okada.size() - 2) + QStringList{"--slip", "1e300"}) << ok << "--slip = 1e+300";
        QTest::addRow("tiny fault width")
            << QStringList{"okada",    "--top-depth", "1",       "--strike", "10",     "--dip", "45",
                           "--length", "10",          "--width", "1e-300",   "--slip", "1"}
            << ok << "--width = 1e-300";
        QTest::addRow("Poisson ratio 0.5")
            << (mogi + QStringList{"--poisson", "0.5"}) << ok << "--poisson = 0.5";
        QTest::addRow("huge heading")
            << (mogi + QStringList{"--incidence", "30", "--heading", "1e300"}) << ok << "--heading = 1e+300";
    }
    void extremeInputsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, points);
        QFETCH(QString, expected);
        test::TempDir dir;
        std::ofstream(dir.file("p.csv")) << points.toStdString();
        const Run r = runCli(QStringList{"forward"} + args +
                             QStringList{"--points", QString::fromStdString(dir.file("p.csv").string())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find(expected.toStdString()) != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("outside the accepted range") != std::string::npos, r.err.c_str());
        QVERIFY2(r.out.find("nan") == std::string::npos && r.out.find("inf") == std::string::npos,
                 r.out.c_str());
    }
    void extremeButValidInputsGiveFiniteNumbers()
    {
        test::TempDir dir;
        std::ofstream(dir.file("p.csv")) << "east_km,north_km\n0,0\n10000,-10000\n0.001,0\n";
        for (const QStringList& source :
             {QStringList{"mogi", "--depth", "0.001", "--dvolume", "1e13"},
              QStringList{"mogi", "--depth", "1000", "--dvolume", "-1e13"},
              QStringList{"okada", "--top-depth", "0.001", "--strike", "0", "--dip", "90", "--length",
                          "0.001", "--width", "2000", "--slip", "1000", "--opening", "1000"}}) {
            const Run r = runCli(QStringList{"forward"} + source +
                                 QStringList{"--points", QString::fromStdString(dir.file("p.csv").string()),
                                             "--incidence", "30", "--heading", "-10"});
            QVERIFY2(r.exitCode == 0, r.err.c_str());
            std::string header;
            const auto rows = parseCsv(r.out, header);
            QCOMPARE(rows.size(), std::size_t(3));
            for (const auto& row : rows)
                for (double v : row)
                    QVERIFY2(std::isfinite(v), r.out.c_str());
        }
    }
    void synthRefusesBadCountsThreadsAndConfigs_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("config"); // written to c.json and passed with --config when not empty
        QTest::addColumn<QString>("expected");
        QTest::addRow("count 0") << QStringList{"--count", "0"} << ""
                                 << "--count must be at least 1";
        QTest::addRow("negative count") << QStringList{"--count", "-3"} << ""
                                        << "--count must be at least 1";
        QTest::addRow("huge count") << QStringList{"--count", "10000000000"} << ""
                                    << "--count must be at most";
        QTest::addRow("shard size 0") << QStringList{"--count", "2", "--shard-size", "0"} << ""
                                      << "--shard-size must be at least 1";
        QTest::addRow("negative threads") << QStringList{"--count", "2", "--threads", "-4"} << ""
                                          << "--threads: -4";
        QTest::addRow("huge threads") << QStringList{"--count", "2", "--threads", "100000"} << ""
                                      << "--threads: 100000";
        QTest::addRow("unknown config key") << QStringList{"--count", "2"} << R"({"weigth": [0.6, 1.2]})"
                                            << "unknown key 'weigth'";
        QTest::addRow("fraction in config") << QStringList{"--count", "2"} << R"({"minSources": 0.5})"
                                            << "'minSources' = 0.5 must be a whole number";
        QTest::addRow("not JSON") << QStringList{"--count", "2"} << "{sampleSize: 3"
                                  << "not valid JSON";
    }
    void synthRefusesBadCountsThreadsAndConfigs()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, config);
        QFETCH(QString, expected);
        test::TempDir dir;
        QStringList args{"synth", "--seed",  "1",     "--size",
                         "16",    "--quiet", "--out", QString::fromStdString(dir.file("ds").string())};
        if (!config.isEmpty()) {
            std::ofstream(dir.file("c.json")) << config.toStdString();
            args << "--config" << QString::fromStdString(dir.file("c.json").string());
        }
        const Run r = runCli(args + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find(expected.toStdString()) != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.size() < 300, r.err.c_str()); // one readable line, not a 309-digit range
        QVERIFY2(r.err.find("json.exception") == std::string::npos, r.err.c_str());
        QVERIFY(!std::filesystem::exists(dir.file("ds") / "dataset.json"));
    }
    void synthResumeCompletesAnInterruptedRun()
    {
        test::TempDir dir;
        const QStringList common{"synth", "--preset",  "custom", "--region", "10,12,45,46", "--count",
                                 "5",     "--seed",    "9",      "--size",   "16",          "--shard-size",
                                 "2",     "--threads", "2",      "--quiet"};
        const QString full = QString::fromStdString(dir.file("full").string());
        const QString part = QString::fromStdString(dir.file("part").string());
        Run r = runCli(common + QStringList{"--out", full});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        // Simulate a run killed after its first shard: drop the later shards and mark it incomplete,
        // as the run itself would have left it, plus a temporary of a dead process.
        r = runCli(common + QStringList{"--out", part});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        {
            DatasetManifest m = DatasetManifest::read(dir.file("part"));
            m.shards.resize(1);
            m.count = 2;
            m.complete = false;
            std::ofstream(dir.file("part") / "dataset.json") << m.toJsonText();
            const DatasetReader all(dir.file("full"));
            std::vector<DatasetIndexEntry> first{all.entry(0), all.entry(1)};
            std::ofstream(dir.file("part") / "index.csv") << datasetIndexCsv(first);
            for (const char* name : {"shard_00001_input.npy", "shard_00001_reference.npy",
                                     "shard_00002_input.npy", "shard_00002_reference.npy"})
                std::filesystem::remove(dir.file("part") / name);
            std::ofstream(dir.file("part") / ".shard_00001_input.npy.insar-tmp-2000000000-3") << "partial";
        }
        // Without --resume the folder is refused, naming --resume.
        r = runCli(common + QStringList{"--out", part});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("incomplete dataset") != std::string::npos &&
                     r.err.find("--resume") != std::string::npos,
                 r.err.c_str());
        // A different seed cannot resume it.
        QStringList otherSeed = common;
        otherSeed[otherSeed.indexOf("9")] = "10";
        r = runCli(otherSeed + QStringList{"--out", part, "--resume"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("seed 9") != std::string::npos, r.err.c_str());
        // The same settings complete it, byte for byte.
        r = runCli(common + QStringList{"--out", part, "--resume"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY2(r.out.find("2 of 5 samples") != std::string::npos, r.out.c_str());
        std::set<std::string> fullNames, partNames;
        for (const auto& e : std::filesystem::directory_iterator(dir.file("full")))
            fullNames.insert(e.path().filename().string());
        for (const auto& e : std::filesystem::directory_iterator(dir.file("part")))
            partNames.insert(e.path().filename().string());
        QCOMPARE(partNames, fullNames);
        for (const std::string& name : fullNames) {
            std::ifstream a(dir.file("full") / name, std::ios::binary),
                b(dir.file("part") / name, std::ios::binary);
            const std::string sa{std::istreambuf_iterator<char>(a), {}},
                sb{std::istreambuf_iterator<char>(b), {}};
            QVERIFY2(sa == sb, name.c_str());
        }
    }
    void synthWritesADataset()
    {
        test::TempDir dir;
        const QString out = QString::fromStdString(dir.file("ds").string());
        const Run r =
            runCli({"synth", "--preset", "custom", "--region", "10,12,45,46", "--count", "3", "--seed", "5",
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
