// How the built insar-denoiser-cli fails: every failure is exactly one line `CMD: error: ...` on
// stderr, nothing on stdout, exit status 2 for a usage error and 1 for a failure at run time;
// --help and --version still print to stdout with status 0.
#include "cli_errors.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>

using namespace insar;

namespace {

constexpr int kTimeoutMs = 60000;

test::CliRun runCli(const QStringList& args)
{
    return test::runProgram(QStringLiteral(INSAR_CLI_PATH), args, kTimeoutMs);
}

QString describe(const test::CliRun& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

/// Exactly one line on stderr that starts with `prefix` and contains `needle`, nothing on stdout.
void verifyOneErrorLine(const test::CliRun& r, const QString& prefix, const QString& needle)
{
    QVERIFY2(r.exitCode > 0, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.endsWith('\n'), qPrintable(describe(r)));
    const QStringList lines = r.err.trimmed().split('\n');
    QVERIFY2(lines.size() == 1, qPrintable(describe(r)));
    QVERIFY2(lines.front().startsWith(prefix), qPrintable(describe(r)));
    QVERIFY2(lines.front().contains(needle), qPrintable(describe(r)));
}

} // namespace

class TstCliErrors : public QObject {
    Q_OBJECT
private slots:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("needle");
        const QString program = QStringLiteral("insar-denoiser-cli: error: ");
        QTest::addRow("no command") << QStringList{} << program << "no command given";
        QTest::addRow("unknown command")
            << QStringList{"frobnicate", "--x"} << program << "unknown command 'frobnicate'";
        QTest::addRow("unknown option") << QStringList{"info", "--bogus", "x.tif"} << "info: error: "
                                        << "--bogus";
        QTest::addRow("missing required option")
            << QStringList{"synth", "--count", "1", "--seed", "1"} << "synth: error: "
            << "--out";
        QTest::addRow("not a number")
            << QStringList{"synth", "--count", "abc", "--seed", "1", "--out", "o"} << "synth: error: "
            << "--count";
        QTest::addRow("not a choice")
            << QStringList{"synth", "--count", "1", "--seed", "1", "--out", "o", "--format", "tif"}
            << "synth: error: "
            << "--format";
        QTest::addRow("missing nested subcommand") << QStringList{"forward"} << "forward: error: "
                                                   << "mogi";
        QTest::addRow("nested bad value")
            << QStringList{"forward", "mogi", "--points", "p.csv", "--depth", "deep", "--dvolume", "1"}
            << "forward: error: "
            << "--depth";
        QTest::addRow("missing file argument") << QStringList{"info"} << "info: error: "
                                               << "files";
        QTest::addRow("option without value") << QStringList{"export", "--model"} << "export: error: "
                                              << "--model";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, prefix);
        QFETCH(QString, needle);
        const test::CliRun r = runCli(args);
        verifyOneErrorLine(r, prefix, needle);
        QCOMPARE(r.exitCode, cli::kExitUsage);
    }

    void runtimeErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("missing raster") << QStringList{"info", "%1/missing.tif"} << "info: error: ";
        QTest::addRow("missing reference")
            << QStringList{"compare", "--reference", "%1/missing.tif", "--estimate", "%1/missing.tif"}
            << "compare: error: ";
        QTest::addRow("missing config") << QStringList{"synth", "--count", "1",        "--seed",         "1",
                                                       "--out", "%1/ds",   "--config", "%1/missing.json"}
                                        << "synth: error: ";
        QTest::addRow("missing model")
            << QStringList{"export", "--model", "%1/missing.model", "--torchscript", "%1/m.pt"}
            << "export: error: ";
        QTest::addRow("missing points") << QStringList{"forward", "mogi", "--points",  "%1/missing.csv",
                                                       "--depth", "2",    "--dvolume", "1e6"}
                                        << "forward: error: ";
    }
    void runtimeErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, prefix);
        test::TempDir dir;
        const QString root = QString::fromStdString(dir.path().string());
        for (QString& arg : args)
            arg.replace(QStringLiteral("%1"), root);
        const test::CliRun r = runCli(args);
        verifyOneErrorLine(r, prefix, "missing.");
        QCOMPARE(r.exitCode, cli::kExitFailure);
    }

    void badThreadCounts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("value");
        // Apart from --threads, each command line fails only at run time (a missing file), so a
        // thread count that slips through shows up as the wrong message, never as a long run.
        const QList<QPair<QString, QStringList>> commands = {
            {"synth",
             {"synth", "--count", "1", "--seed", "1", "--out", "%1/ds", "--config", "%1/missing.json"}},
            {"denoise", {"denoise", "%1/missing.tif", "--out", "%1/o.tif"}},
            {"evaluate", {"evaluate", "--dataset", "%1/missing", "--out", "%1/eval"}},
            {"train", {"train", "--dataset", "%1/missing", "--out", "%1/run"}},
        };
        for (const auto& [name, args] : commands)
            for (const QString value : {QStringLiteral("-4"), QStringLiteral("100000")})
                QTest::addRow("%s %s", qPrintable(name), qPrintable(value))
                    << (QStringList(args) << "--threads" << value) << value;
    }
    void badThreadCounts()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, value);
        test::TempDir dir;
        const QString root = QString::fromStdString(dir.path().string());
        for (QString& arg : args)
            arg.replace(QStringLiteral("%1"), root);
        const test::CliRun r = runCli(args);
        verifyOneErrorLine(r, args.front() + ": error: ", "--threads");
        QVERIFY2(r.err.contains(value), qPrintable(describe(r)));
    }

    void helpAndVersionSucceed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::addRow("help") << QStringList{"--help"} << "synth";
        QTest::addRow("command help") << QStringList{"synth", "--help"} << "--count";
        QTest::addRow("nested help") << QStringList{"forward", "mogi", "--help"} << "--dvolume";
        QTest::addRow("version") << QStringList{"--version"} << INSAR_VERSION;
    }
    void helpAndVersionSucceed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const test::CliRun r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(needle), qPrintable(describe(r)));
    }

    void messagesBecomeOneLine_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "a.tif: cannot open"
                               << "a.tif: cannot open";
        QTest::addRow("lines joined") << "first\n  second\n\nthird\n"
                                      << "first; second; third";
        QTest::addRow("blanks collapsed") << "a\t\tb\r c"
                                          << "a b c";
        QTest::addRow("torch backtrace dropped")
            << "shape mismatch\nException raised from forward at x.cpp:1\nframe #0: f()"
            << "shape mismatch";
        QTest::addRow("empty") << "\n \n"
                               << "unknown failure";
    }
    void messagesBecomeOneLine()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(cli::oneLine(message.toStdString())), expected);
    }
};

QTEST_GUILESS_MAIN(TstCliErrors)
#include "tst_cli_errors.moc"
