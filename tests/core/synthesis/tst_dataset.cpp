// Dataset files: same seed -> same bytes with 1 or 2 threads, reader round trip (float, 8-bit,
// components), cancel leaves only complete indexed shards, resume completes an interrupted run
// byte for byte, stale temporaries are removed, clear errors for bad folders, files and headers.
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/progress.h"
#include "synthesis/dataset.h"
#include "synthesis/dataset_manifest.h"
#include "synthesis/npy_format.h"
#include "test_support.h"

#include <QtTest>

#include <unistd.h>

#include <fstream>
#include <functional>
#include <iterator>
#include <set>

using namespace insar;
using namespace insar::synthesis;
namespace fs = std::filesystem;

namespace {

SynthesisConfig tinyConfig()
{
    SynthesisConfig c;
    c.sampleSize = 24;
    return c;
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::set<std::string> names(const fs::path& dir)
{
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        out.insert(e.path().filename().string());
    return out;
}

} // namespace

class TstDataset : public QObject {
    Q_OBJECT
private slots:
    void sameBytesWhateverTheThreadCount_data()
    {
        QTest::addColumn<bool>("eightBit");
        QTest::addRow("npy") << false;
        QTest::addRow("npy8") << true;
    }
    void sameBytesWhateverTheThreadCount()
    {
        QFETCH(bool, eightBit);
        test::TempDir dir;
        const DatasetFormat f = eightBit ? DatasetFormat::Npy8 : DatasetFormat::Npy;
        DatasetOptions o;
        o.samplesPerShard = 4;
        o.components = true;
        NullProgress p;
        writeDataset(tinyConfig(), 7, 1234, dir.file("one"), f, p, 1, o);
        writeDataset(tinyConfig(), 7, 1234, dir.file("two"), f, p, 2, o);
        const auto files = names(dir.file("one"));
        QCOMPARE(files, names(dir.file("two")));
        QVERIFY(files.count("shard_00001_input.npy") == 1);
        QVERIFY(files.count("shard_00002_input.npy") == 0);
        for (const std::string& name : files)
            QVERIFY2(slurp(dir.file("one") / name) == slurp(dir.file("two") / name), name.c_str());
        // A different seed gives different data.
        writeDataset(tinyConfig(), 7, 1235, dir.file("other"), f, p, 2, o);
        QVERIFY(slurp(dir.file("one") / "shard_00000_input.npy") !=
                slurp(dir.file("other") / "shard_00000_input.npy"));
    }

    void readerRoundTrip()
    {
        test::TempDir dir;
        DatasetOptions o;
        o.samplesPerShard = 3;
        NullProgress p;
        writeDataset(tinyConfig(), 5, 99, dir.file("ds"), DatasetFormat::Npy, p, 2, o);
        const DatasetReader r(dir.file("ds"));
        QCOMPARE(r.size(), std::size_t(5));
        QCOMPARE(r.sampleSize(), 24);
        QVERIFY(r.complete());
        QCOMPARE(r.seed(), std::uint64_t(99));
        QCOMPARE(r.config().sampleSize, 24);
        const SampleGenerator g(r.config());
        for (std::size_t i = 0; i < r.size(); ++i) {
            const DatasetIndexEntry& e = r.entry(i);
            QCOMPARE(e.seed, deriveSampleSeed(99, i));
            QCOMPARE(e.shard, i / 3);
            QCOMPARE(e.row, i % 3);
            const Sample s = g.generate(e.seed);
            std::vector<float> in, ref;
            r.readPair(i, in, ref);
            QVERIFY(in == s.input.values());
            QVERIFY(ref == s.reference.values());
            QCOMPARE(e.weight, s.weight);
            QCOMPARE(e.snr, s.snr);
            QCOMPARE(e.paramsJson, s.paramsJson);
            // No components stored: readSample regenerates from the seed.
            const Sample back = r.readSample(i);
            QVERIFY(back.stratified.values() == s.stratified.values());
        }
        QVERIFY_THROWS_EXCEPTION(Error, r.entry(5));
    }

    void eightBitAndComponents()
    {
        test::TempDir dir;
        DatasetOptions o;
        o.samplesPerShard = 2;
        o.components = true;
        NullProgress p;
        writeDataset(tinyConfig(), 3, 5, dir.file("ds"), DatasetFormat::Npy8, p, 2, o);
        const DatasetReader r(dir.file("ds"));
        QCOMPARE(r.format(), DatasetFormat::Npy8);
        QVERIFY(r.hasComponents());
        QCOMPARE(r.config().normalisation, Normalisation::EightBit);
        const SampleGenerator g(r.config());
        for (std::size_t i = 0; i < r.size(); ++i) {
            const Sample s = g.generate(r.entry(i).seed);
            std::vector<float> in, ref, inM, refM;
            r.readPair(i, in, ref);
            r.readPairMetres(i, inM, refM);
            const double scale = r.entry(i).scaling.scale;
            float lo = 255, hi = 0;
            for (std::size_t k = 0; k < in.size(); ++k) {
                QVERIFY(in[k] >= 0.0f && in[k] <= 255.0f && in[k] == std::floor(in[k]));
                lo = std::min({lo, in[k], ref[k]});
                hi = std::max({hi, in[k], ref[k]});
                QVERIFY(std::abs(inM[k] - s.input.data()[k]) <= 0.5 * scale + 1e-6);
                QVERIFY(std::abs(refM[k] - s.reference.data()[k]) <= 0.5 * scale + 1e-6);
            }
            QCOMPARE(lo, 0.0f); // the joint range spans 0..255
            QCOMPARE(hi, 255.0f);
            const Sample c = r.readSample(i);
            QVERIFY(c.turbulent.values() == s.turbulent.values());
            QVERIFY(c.dem.values() == s.dem.values());
            QCOMPARE(c.input.geoTransform.c, s.input.geoTransform.c);
            QCOMPARE(c.weight, s.weight);
        }
    }

    void cancelLeavesOnlyCompleteShards()
    {
        test::TempDir dir;
        DatasetOptions o;
        o.samplesPerShard = 2;
        int reports = 0;
        CallbackProgress* self = nullptr;
        CallbackProgress p([&](double) {
            if (++reports == 3) // after the third sample: shard 0 done, shard 1 half done
                self->cancel();
        });
        self = &p;
        QVERIFY_THROWS_EXCEPTION(
            CancelledError, writeDataset(tinyConfig(), 8, 7, dir.file("ds"), DatasetFormat::Npy, p, 1, o));
        const auto files = names(dir.file("ds"));
        QCOMPARE(files, (std::set<std::string>{"dataset.json", "index.csv", "shard_00000_input.npy",
                                               "shard_00000_reference.npy"}));
        const DatasetReader r(dir.file("ds"));
        QCOMPARE(r.size(), std::size_t(2));
        QVERIFY(!r.complete());
        std::vector<float> in, ref;
        r.readPair(1, in, ref);
        QCOMPARE(in.size(), std::size_t(24 * 24));

        // Cancelled before anything finished: no shard, no partial file.
        CallbackProgress early;
        early.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, writeDataset(tinyConfig(), 4, 7, dir.file("ds2"),
                                                              DatasetFormat::Npy, early, 2, o));
        for (const std::string& name : names(dir.file("ds2")))
            QVERIFY2(name.find("shard") == std::string::npos, name.c_str());
    }

    void resumeCompletesAnInterruptedRunExactly_data()
    {
        QTest::addColumn<bool>("eightBit");
        QTest::addColumn<int>("cancelAfter"); // samples done when the run is cancelled
        QTest::addRow("npy, after one shard") << false << 3;
        QTest::addRow("npy8 with components, after two shards") << true << 5;
        QTest::addRow("before any shard") << false << 1;
    }
    void resumeCompletesAnInterruptedRunExactly()
    {
        QFETCH(bool, eightBit);
        QFETCH(int, cancelAfter);
        test::TempDir dir;
        const DatasetFormat f = eightBit ? DatasetFormat::Npy8 : DatasetFormat::Npy;
        DatasetOptions o;
        o.samplesPerShard = 2;
        o.components = eightBit;
        NullProgress none;
        writeDataset(tinyConfig(), 7, 42, dir.file("full"), f, none, 2, o);

        int reports = 0;
        CallbackProgress* self = nullptr;
        CallbackProgress interrupt([&](double) {
            if (++reports == cancelAfter)
                self->cancel();
        });
        self = &interrupt;
        QVERIFY_THROWS_EXCEPTION(CancelledError,
                                 writeDataset(tinyConfig(), 7, 42, dir.file("part"), f, interrupt, 1, o));
        const std::size_t shardsDone = std::size_t(cancelAfter - 1) / 2;
        if (shardsDone > 0) {
            const DatasetReader partial(dir.file("part"));
            QVERIFY(!partial.complete());
            QCOMPARE(partial.size(), shardsDone * 2);
            QCOMPARE(partial.requestedCount(), std::size_t(7));
        }
        // A killed run also leaves temporaries behind.
        std::ofstream(dir.file("part") / ".shard_00003_input.npy.insar-tmp-2000000000-0") << "partial";

        // Without resume the folder is refused, with a hint.
        try {
            writeDataset(tinyConfig(), 7, 42, dir.file("part"), f, none, 2, o);
            if (shardsDone > 0)
                QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(shardsDone > 0);
            QVERIFY2(std::string(e.what()).find("incomplete dataset") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("resume") != std::string::npos, e.what());
        }
        if (shardsDone > 0) { // else nothing was indexed and the plain run wrote the whole dataset
            o.resume = true;
            const DatasetWriteReport report =
                writeDataset(tinyConfig(), 7, 42, dir.file("part"), f, none, 3, o);
            QCOMPARE(report.samplesKept, shardsDone * 2);
            QCOMPARE(report.samplesWritten, 7 - shardsDone * 2);
        }
        const auto files = names(dir.file("full"));
        QCOMPARE(names(dir.file("part")), files);
        for (const std::string& name : files)
            QVERIFY2(slurp(dir.file("full") / name) == slurp(dir.file("part") / name), name.c_str());
        const DatasetReader done(dir.file("part"));
        QVERIFY(done.complete());
        QCOMPARE(done.requestedCount(), std::size_t(7));

        // Resuming a complete dataset changes nothing.
        o.resume = true;
        const DatasetWriteReport again = writeDataset(tinyConfig(), 7, 42, dir.file("part"), f, none, 1, o);
        QCOMPARE(again.samplesWritten, std::size_t(0));
        QCOMPARE(again.samplesKept, std::size_t(7));
    }

    void resumeRefusesADifferentDataset()
    {
        test::TempDir dir;
        DatasetOptions o;
        o.samplesPerShard = 2;
        int reports = 0;
        CallbackProgress* self = nullptr;
        CallbackProgress interrupt([&](double) {
            if (++reports == 3)
                self->cancel();
        });
        self = &interrupt;
        QVERIFY_THROWS_EXCEPTION(CancelledError, writeDataset(tinyConfig(), 6, 1, dir.file("ds"),
                                                              DatasetFormat::Npy, interrupt, 1, o));
        o.resume = true;
        NullProgress p;
        SynthesisConfig other = tinyConfig();
        other.maxSources = 2;
        DatasetOptions moreComponents = o;
        moreComponents.components = true;
        DatasetOptions otherShards = o;
        otherShards.samplesPerShard = 3;
        const struct {
            const char* expected;
            std::function<void()> run;
        } cases[] = {
            {"seed 1, this run asks for 2",
             [&] { writeDataset(tinyConfig(), 6, 2, dir.file("ds"), DatasetFormat::Npy, p, 1, o); }},
            {"count 6, this run asks for 8",
             [&] { writeDataset(tinyConfig(), 8, 1, dir.file("ds"), DatasetFormat::Npy, p, 1, o); }},
            {"storage npy, this run asks for npy8",
             [&] { writeDataset(tinyConfig(), 6, 1, dir.file("ds"), DatasetFormat::Npy8, p, 1, o); }},
            {"components off",
             [&] {
                 writeDataset(tinyConfig(), 6, 1, dir.file("ds"), DatasetFormat::Npy, p, 1, moreComponents);
             }},
            {"shard size 2",
             [&] {
                 writeDataset(tinyConfig(), 6, 1, dir.file("ds"), DatasetFormat::Npy, p, 1, otherShards);
             }},
            {"generator config (maxSources)",
             [&] { writeDataset(other, 6, 1, dir.file("ds"), DatasetFormat::Npy, p, 1, o); }},
        };
        for (const auto& c : cases) {
            try {
                c.run();
                QFAIL(c.expected);
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).find(c.expected) != std::string::npos, e.what());
            }
        }
        const DatasetReader still(dir.file("ds")); // untouched by the refused runs
        QCOMPARE(still.size(), std::size_t(2));
        QVERIFY(!still.complete());
    }

    void staleTemporariesOfAKilledRunAreRemoved()
    {
        test::TempDir dir;
        fs::create_directories(dir.file("ds"));
        const fs::path dead = dir.file("ds") / ".shard_00000_input.npy.insar-tmp-2000000000-1";
        const fs::path live =
            dir.file("ds") / (".shard_00000_input.npy.insar-tmp-" + std::to_string(::getppid()) + "-1");
        std::ofstream(dead) << "left by kill -9";
        NullProgress p;
        // Only a stale temporary: the folder counts as empty and is written.
        writeDataset(tinyConfig(), 2, 3, dir.file("ds"), DatasetFormat::Npy, p, 1);
        QVERIFY(!fs::exists(dead));
        QVERIFY(DatasetReader(dir.file("ds")).complete());
        // A live process's temporary is kept (and makes the folder non-empty).
        fs::create_directories(dir.file("ds2"));
        std::ofstream(dir.file("ds2") / live.filename()) << "being written";
        QVERIFY_THROWS_EXCEPTION(Error,
                                 writeDataset(tinyConfig(), 2, 3, dir.file("ds2"), DatasetFormat::Npy, p, 1));
        QVERIFY(fs::exists(dir.file("ds2") / live.filename()));
    }

    void npyHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = QByteArray::fromStdString(npyHeader("<f4", {3, 24, 24}));
        QTest::addRow("round trip") << good << "";
        QTest::addRow("not npy") << QByteArray("hello world, not numpy") << "not a NumPy";
        QTest::addRow("truncated") << good.left(40) << "truncated";
        QTest::addRow("version 9") << QByteArray("\x93NUMPY\x09\x00\x10\x00{}", 12) << "version 9";
        QByteArray huge("\x93NUMPY\x02\x00\xff\xff\xff\x7f", 12);
        QTest::addRow("huge header length") << huge << "declares";
        QByteArray fortran = good;
        fortran.replace("'fortran_order': False", "'fortran_order': True ");
        QTest::addRow("fortran order") << fortran << "Fortran";
        QByteArray badShape = good;
        badShape.replace("(3, 24, 24)", "(3, x4, 24)");
        QTest::addRow("bad shape") << badShape << "not a size";
        QByteArray overflow = good;
        overflow.replace("(3, 24, 24)", "(99999999999999999999, 2)");
        QTest::addRow("overflowing shape") << overflow << "not a size";
        QByteArray noDescr = good;
        noDescr.replace("'descr'", "'dtype'");
        QTest::addRow("no dtype") << noDescr << "no dtype";
    }
    void npyHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
        if (expected.isEmpty()) {
            const NpyHeader h = parseNpyHeader(view, "x.npy");
            QCOMPARE(h.descr, std::string("<f4"));
            QCOMPARE(h.shape, (std::vector<std::size_t>{3, 24, 24}));
            QCOMPARE(h.headerBytes, std::size_t(bytes.size()));
            QCOMPARE(h.headerBytes % 64, std::size_t(0));
            return;
        }
        try {
            parseNpyHeader(view, "x.npy");
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).rfind("x.npy: ", 0) == 0, e.what());
            QVERIFY2(std::string(e.what()).find(expected.toStdString()) != std::string::npos, e.what());
        }
    }

    void errors()
    {
        test::TempDir dir;
        NullProgress p;
        fs::create_directories(dir.file("full"));
        std::ofstream(dir.file("full") / "x.txt") << "x";
        try {
            writeDataset(tinyConfig(), 2, 1, dir.file("full"), DatasetFormat::Npy, p, 1);
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("not empty") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(
            Error, writeDataset(tinyConfig(), 0, 1, dir.file("zero"), DatasetFormat::Npy, p, 1));
        QVERIFY_THROWS_EXCEPTION(Error, DatasetReader(dir.file("missing")));

        writeDataset(tinyConfig(), 2, 1, dir.file("ds"), DatasetFormat::Npy, p, 1);
        {
            std::ofstream out(dir.file("ds") / "index.csv", std::ios::app);
            out << "2,0,1,5,0.7,1.0,1,0,30,-12,100,30,\"{}\",extra\n";
        }
        try {
            DatasetReader r(dir.file("ds"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("index.csv:4") != std::string::npos, e.what());
        }
        // A truncated shard is reported when read.
        writeDataset(tinyConfig(), 2, 1, dir.file("ds3"), DatasetFormat::Npy, p, 1);
        fs::resize_file(dir.file("ds3") / "shard_00000_input.npy", 200);
        const DatasetReader r3(dir.file("ds3"));
        std::vector<float> in, ref;
        QVERIFY_THROWS_EXCEPTION(Error, r3.readPair(1, in, ref));
    }

    // Found by fuzz_dataset_manifest: a float far beyond the target integer type (2.2e69 for
    // samplesPerShard) was converted by the JSON library with undefined behaviour. Every number of
    // the manifest is now read strictly; the error names the file and the key.
    void manifestNumbersOutOfRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("huge float shard size") << "samplesPerShard"
                                               << "2.22222e+69";
        QTest::newRow("fractional shard size") << "samplesPerShard"
                                               << "1.5";
        QTest::newRow("negative shard size") << "samplesPerShard"
                                             << "-3";
        QTest::newRow("huge sample size") << "sampleSize"
                                          << "1e12";
        QTest::newRow("float seed") << "seed"
                                    << "1e300";
        QTest::newRow("string seed") << "seed"
                                     << "\"7\"";
        QTest::newRow("numeric storage") << "storage"
                                         << "3";
    }

    void manifestNumbersOutOfRange()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        test::TempDir dir;
        NullProgress p;
        writeDataset(tinyConfig(), 2, 1, dir.file("ds"), DatasetFormat::Npy, p, 1);
        const std::string good = slurp(dir.file("ds") / "dataset.json");
        QVERIFY(DatasetManifest::parse(good, "dataset.json").count == 2);
        const std::string needle = "\"" + key.toStdString() + "\": ";
        const auto at = good.find(needle);
        QVERIFY(at != std::string::npos);
        const auto end = good.find_first_of(",\n", at + needle.size());
        std::string bad = good;
        bad.replace(at + needle.size(), end - at - needle.size(), value.toStdString());
        try {
            DatasetManifest::parse(bad, "dataset.json");
            QFAIL("expected an error");
        } catch (const Error& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("dataset.json") != std::string::npos, e.what());
            QVERIFY2(what.find(key.toStdString()) != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TstDataset)
#include "tst_dataset.moc"
