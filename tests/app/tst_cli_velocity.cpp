// The `velocity` and `casestudy` subcommands of the real insar-denoiser-cli: a tiny interferogram
// stack given as a CSV and as files (exit status, files, the printed table and the recovered rate),
// the refusal to overwrite, bad inputs (missing file, grid mismatch, unknown method, no stack), and
// both bundled scenarios on small grids with classical methods only.
#include "common/raster.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace insar;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 24;
constexpr int kH = 20;
constexpr int kBumpRow = 10;
constexpr int kBumpCol = 12;
constexpr double kPeakRateMmPerYr = -15.0;

test::CliRun runCli(const QStringList& args)
{
    return test::runProgram(QStringLiteral(INSAR_CLI_PATH), args, 300000);
}

QString describe(const test::CliRun& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

QString q(const fs::path& p)
{
    return QString::fromStdString(p.string());
}

std::string readText(const fs::path& p)
{
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

double rateAt(int row, int col)
{
    const double r2 = double(row - kBumpRow) * (row - kBumpRow) + double(col - kBumpCol) * (col - kBumpCol);
    return r2 < 16.0 ? kPeakRateMmPerYr * (1.0 - r2 / 16.0) : 0.0;
}

const std::vector<Date> kDates{{2016, 1, 5}, {2016, 4, 20}, {2016, 9, 1},
                               {2017, 2, 3}, {2017, 6, 30}, {2017, 12, 2}};

/// Date i: the displacement since the first date plus its own orbital ramp (mm).
double acquisitionMm(std::size_t i, int row, int col)
{
    const double years = double(kDates[i].daysSinceEpoch() - kDates.front().daysSinceEpoch()) / 365.25;
    return rateAt(row, col) * years + 1.2 * std::sin(1.3 * double(i) + 0.4) * col -
           0.9 * std::cos(2.1 * double(i)) * row;
}

/// Interferograms (i, i+1), (i, i+2) in metres as YYYYMMDD_YYYYMMDD.tif in `dir`, plus ifgs.csv.
/// `wrongSize` names one interferogram (index) written one column narrower.
std::vector<fs::path> writeStack(const fs::path& dir, int wrongSize = -1)
{
    fs::create_directories(dir);
    std::vector<fs::path> files;
    std::ofstream csv(dir / "ifgs.csv");
    csv << "date1,date2,file\n";
    for (std::size_t i = 0; i < kDates.size(); ++i)
        for (std::size_t j = i + 1; j <= i + 2 && j < kDates.size(); ++j) {
            const int width = int(files.size()) == wrongSize ? kW - 1 : kW;
            Raster r(width, kH);
            for (int y = 0; y < kH; ++y)
                for (int x = 0; x < width; ++x)
                    r.at(y, x) = static_cast<float>((acquisitionMm(j, y, x) - acquisitionMm(i, y, x)) * 1e-3);
            r.geoTransform.c = {137.0, 0.001, 0.0, 36.0, 0.0, -0.001};
            r.geoTransform.valid = true;
            r.crsWkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                       "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";
            r.metadata.units = Units::Metres;
            r.metadata.date1 = kDates[i];
            r.metadata.date2 = kDates[j];
            const std::string name = kDates[i].toCompact() + "_" + kDates[j].toCompact() + ".tif";
            io::writeGeoTiff(r, dir / name);
            csv << kDates[i].toIso() << ',' << kDates[j].toIso() << ',' << name << '\n';
            files.push_back(dir / name);
        }
    return files;
}

/// Pixels 5..19 x 4..16 around the bump, as a lon/lat polygon.
const QString kBumpPolygon = QStringLiteral("POLYGON((137.005 35.984, 137.019 35.984, 137.019 35.996, "
                                            "137.005 35.996, 137.005 35.984))");

/// The velocity of `method` at the first point in points.csv (NaN when missing).
double pointVelocity(const fs::path& pointsCsv, const std::string& method)
{
    std::istringstream in(readText(pointsCsv));
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ls(line);
        std::string cell;
        while (std::getline(ls, cell, ','))
            f.push_back(cell);
        if (f.size() >= 9 && f[1] == method)
            return std::stod(f[6]);
    }
    return NAN;
}

} // namespace

class TstCliVelocity : public QObject {
    Q_OBJECT
private slots:
    void velocityFromCsv();
    void velocityFromFiles();
    void badInputs();
    void caseStudyOntake();
    void caseStudyLaquila();
    void cnnDeviceAndPrecision();
};

void TstCliVelocity::velocityFromCsv()
{
    test::TempDir dir;
    writeStack(dir.file("stack"));
    const fs::path out = dir.file("out");
    const QStringList args{"velocity",
                           "--ifgs",
                           q(dir.file("stack/ifgs.csv")),
                           "--methods",
                           "none,deramp",
                           "--exclude",
                           kBumpPolygon,
                           "--point-pixel",
                           "10,12",
                           "--out",
                           q(out),
                           "--quiet",
                           "--threads",
                           "2"};
    const test::CliRun r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const char* name : {"velocity.tif", "velocity_deramp.tif", "timeseries_none.tif",
                             "timeseries_deramp.tif", "points.csv", "point_series.csv", "summary.csv"})
        QVERIFY2(fs::exists(out / name), name);
    // The printed summary and point table.
    QVERIFY2(r.out.contains("9 interferograms, 6 dates") && r.out.contains("median σ"),
             qPrintable(describe(r)));
    QVERIFY2(
        r.out.contains(QRegularExpression(QStringLiteral("P1\\s+deramp\\s+-1[45]\\.\\d\\d ± 0\\.\\d\\d"))),
        qPrintable(describe(r)));
    QVERIFY2(r.out.contains("wrote " + q(out / "velocity_deramp.tif")), qPrintable(describe(r)));
    // Deramped, the noise-free rate comes back; uncorrected, the ramps bias it.
    INSAR_FUZZY_COMPARE(pointVelocity(out / "points.csv", "deramp"), kPeakRateMmPerYr, 0.0, 0.05);
    QVERIFY(std::abs(pointVelocity(out / "points.csv", "none") - kPeakRateMmPerYr) > 0.5);

    // A second run refuses to overwrite, naming the file and the flag; --overwrite allows it.
    const test::CliRun again = runCli(args);
    QVERIFY2(again.exitCode == 1 && again.err.contains("velocity: error: ") &&
                 again.err.contains("--overwrite"),
             qPrintable(describe(again)));
    QVERIFY2(runCli(QStringList(args) << "--overwrite").exitCode == 0, "--overwrite");
}

void TstCliVelocity::velocityFromFiles()
{
    test::TempDir dir;
    const std::vector<fs::path> files = writeStack(dir.file("stack"));
    // A folder of LiCSAR-style names, with a chain given by --method and a lon/lat point.
    const test::CliRun r =
        runCli({"velocity", q(dir.file("stack")), "--methods", "none", "--method", "deramp:linear", "--point",
                "137.0125,35.9895", "--exclude", kBumpPolygon, "--out", q(dir.file("out")), "--quiet"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(fs::exists(dir.file("out/velocity_deramp-linear.tif")));
    INSAR_FUZZY_COMPARE(pointVelocity(dir.file("out/points.csv"), "deramp:linear"), kPeakRateMmPerYr, 0.0,
                        0.05);
    QVERIFY2(r.out.contains("row 10, col 12"), qPrintable(describe(r)));
}

void TstCliVelocity::badInputs()
{
    test::TempDir dir;
    const fs::path out = dir.file("out");
    // A missing list.
    test::CliRun r = runCli({"velocity", "--ifgs", q(dir.file("missing.csv")), "--out", q(out), "--quiet"});
    QVERIFY2(r.exitCode != 0 && r.err.contains("missing.csv"), qPrintable(describe(r)));
    // No stack at all.
    r = runCli({"velocity", "--out", q(out), "--quiet"});
    QVERIFY2(r.exitCode != 0 && r.err.contains("exactly one stack"), qPrintable(describe(r)));
    // A map on another grid: named.
    const std::vector<fs::path> files = writeStack(dir.file("stack"), 4);
    r = runCli({"velocity", "--ifgs", q(dir.file("stack/ifgs.csv")), "--out", q(out), "--quiet"});
    QVERIFY2(r.exitCode == 1 && r.err.contains(q(files[4].filename())), qPrintable(describe(r)));
    QVERIFY(!fs::exists(out / "velocity.tif"));
    // An unknown method, before anything is read.
    const std::vector<fs::path> good = writeStack(dir.file("good"));
    r = runCli({"velocity", "--ifgs", q(dir.file("good/ifgs.csv")), "--methods", "none,bogus", "--out",
                q(out), "--quiet"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("bogus"), qPrintable(describe(r)));
    QVERIFY(!fs::exists(out / "velocity.tif"));
    // A point outside the grid.
    r = runCli(
        {"velocity", "--ifgs", q(dir.file("good/ifgs.csv")), "--point", "10,45", "--out", q(out), "--quiet"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("point P1"), qPrintable(describe(r)));
    QVERIFY(!fs::exists(out / "velocity.tif"));
}

void TstCliVelocity::caseStudyOntake()
{
    test::TempDir dir;
    const fs::path out = dir.file("ontake");
    const test::CliRun r = runCli({"casestudy", "--scenario", "ontake", "--size", "48", "--methods",
                                   "none,deramp", "--out", q(out), "--quiet", "--threads", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("Synthetic") && r.out.contains("summit") && r.out.contains("Poster") &&
                 r.out.contains(
                     QRegularExpression(QStringLiteral("\\nderamp\\s+-?\\d+\\.\\d\\d ± \\d+\\.\\d\\d"))),
             qPrintable(describe(r)));
    QVERIFY(fs::exists(out / "scenario/ifgs.csv"));
    QVERIFY(fs::exists(out / "velocity_deramp.tif"));
    const std::string results = readText(out / "results.csv");
    QVERIFY2(results.rfind("scenario,method,point_velocity_mm_yr", 0) == 0, results.c_str());
    QCOMPARE(std::count(results.begin(), results.end(), '\n'), std::ptrdiff_t(3));
    QVERIFY(results.find("\nontake,none,") != std::string::npos &&
            results.find("\nontake,deramp,") != std::string::npos);
    // Again without --overwrite: refused; with it: the scenario folder it wrote is replaced.
    const test::CliRun again = runCli({"casestudy", "--scenario", "ontake", "--size", "48", "--methods",
                                       "none", "--out", q(out), "--quiet"});
    QVERIFY2(again.exitCode == 1 && again.err.contains("--overwrite"), qPrintable(describe(again)));
}

void TstCliVelocity::caseStudyLaquila()
{
    test::TempDir dir;
    const fs::path out = dir.file("laquila");
    const test::CliRun r = runCli({"casestudy", "--scenario", "laquila", "--size", "48", "--methods",
                                   "none,deramp", "--out", q(out), "--quiet", "--threads", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("AQUI") && r.out.contains("SELL") && r.out.contains("CADO*") &&
                 r.out.contains("L2 misfit") && r.out.contains("53.5"),
             qPrintable(describe(r)));
    const std::string gnss = readText(out / "gnss.csv");
    QVERIFY2(gnss.find("AQUI") != std::string::npos && gnss.find("deramp") != std::string::npos,
             gnss.c_str());
    const std::string results = readText(out / "results.csv");
    QVERIFY2(results.find("\nlaquila,none,") != std::string::npos &&
                 results.find("\nlaquila,deramp,") != std::string::npos,
             results.c_str());
    QVERIFY(fs::exists(out / "timeseries_deramp.tif"));
    QVERIFY(!fs::exists(out / "velocity.tif")); // one pair: no velocity
}

void TstCliVelocity::cnnDeviceAndPrecision()
{
    // velocity (and casestudy) take denoise's --device and --bf16 for the CNN; a bad device is
    // refused before anything runs.
    test::TempDir dir;
    writeStack(dir.file("stack"));
    const fs::path out = dir.file("out");
    const test::CliRun r =
        runCli({"velocity", "--ifgs", q(dir.file("stack/ifgs.csv")), "--methods", "cnn", "--device", "cpu",
                "--bf16", "--out", q(out), "--quiet", "--threads", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(fs::exists(out / "velocity_cnn.tif"));
    for (const char* command : {"velocity", "casestudy"}) {
        const test::CliRun bad = runCli({command, "--device", "tpu", "--help"});
        QVERIFY2(bad.exitCode != 0 && (bad.err + bad.out).contains("--device"), qPrintable(describe(bad)));
        const test::CliRun help = runCli({command, "--help"});
        QVERIFY2(help.out.contains("--bf16") && help.out.contains("--device"), qPrintable(describe(help)));
    }
}

QTEST_GUILESS_MAIN(TstCliVelocity)
#include "tst_cli_velocity.moc"
