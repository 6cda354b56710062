// Dataset files: same seed -> same bytes with 1 or 2 threads, reader round trip (float, 8-bit,
// components), cancel leaves only complete indexed shards, clear errors for bad folders/files.
#include "common/error.h"
#include "common/progress.h"
#include "synthesis/dataset.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>
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
        QVERIFY(slurp(dir.file("one") / "shard_00000_input.npy") != slurp(dir.file("other") / "shard_00000_input.npy"));
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
            QCOMPARE(lo, 0.0f);      // the joint range spans 0..255
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
            if (++reports == 3)   // after the third sample: shard 0 done, shard 1 half done
                self->cancel();
        });
        self = &p;
        QVERIFY_THROWS_EXCEPTION(CancelledError,
                                 writeDataset(tinyConfig(), 8, 7, dir.file("ds"), DatasetFormat::Npy, p, 1, o));
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
        QVERIFY_THROWS_EXCEPTION(CancelledError,
                                 writeDataset(tinyConfig(), 4, 7, dir.file("ds2"), DatasetFormat::Npy, early, 2, o));
        for (const std::string& name : names(dir.file("ds2")))
            QVERIFY2(name.find("shard") == std::string::npos, name.c_str());
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
        QVERIFY_THROWS_EXCEPTION(Error, writeDataset(tinyConfig(), 0, 1, dir.file("zero"), DatasetFormat::Npy, p, 1));
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
};

QTEST_GUILESS_MAIN(TstDataset)
#include "tst_dataset.moc"
