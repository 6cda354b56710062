// Atomic writes: the target appears whole or not at all; a failed write leaves nothing behind;
// temporaries a killed process left are removed by the next write into the folder, live ones kept.
#include "common/atomic_file.h"
#include "common/error.h"
#include "test_support.h"

#include <QtTest>

#include <chrono>
#include <fstream>

#include <unistd.h>

using namespace insar;
namespace fs = std::filesystem;

class TstAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void writesWholeFile()
    {
        test::TempDir dir;
        const fs::path target = dir.file("out.txt");
        writeFileAtomically(target, "hello");
        std::ifstream in(target);
        std::string s;
        in >> s;
        QCOMPARE(s, std::string("hello"));
        QCOMPARE(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1L);
    }
    void failedWriteKeepsOldFileAndLeavesNoTemp()
    {
        test::TempDir dir;
        const fs::path target = dir.file("out.txt");
        writeFileAtomically(target, "old");
        QVERIFY_THROWS_EXCEPTION(Error, writeAtomically(target, [](const fs::path& temp) {
                                     std::ofstream(temp) << "partial";
                                     throw Error(ErrorKind::Io, "disk full");
                                 }));
        std::ifstream in(target);
        std::string s;
        in >> s;
        QCOMPARE(s, std::string("old"));
        QCOMPARE(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1L);
    }
    void missingFolderIsAClearError()
    {
        try {
            writeFileAtomically("/nonexistent-folder-xyz/out.txt", "x");
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("does not exist") != std::string::npos);
        }
    }
    void temporaryNamesAreRecognisable()
    {
        const fs::path temp = temporaryPathFor("/data/out.tif");
        QCOMPARE(temp.parent_path(), fs::path("/data"));
        const std::string name = temp.filename().string();
        QVERIFY2(name.rfind(".out.tif.insar-tmp-" + std::to_string(::getpid()) + "-", 0) == 0, name.c_str());
        QCOMPARE(temporaryOwnerPid(name), std::optional<long>(::getpid()));
        QVERIFY(temporaryPathFor("/data/out.tif") != temp);
        for (const char* other : {"out.tif", ".out.tif", ".out.tif.tmp-123-4", ".x.insar-tmp-",
                                  ".x.insar-tmp-12", ".x.insar-tmp-12-", ".x.insar-tmp--5-1",
                                  ".x.insar-tmp-ab-1", ".insar-tmp-1-2", ".x.insar-tmp-12-3z"})
            QVERIFY2(!temporaryOwnerPid(other), other);
    }
    void staleTemporariesAreRemovedLiveOnesKept()
    {
        test::TempDir dir;
        // A process id far above any pid_max: no such process runs.
        const fs::path dead = dir.file(".out.tif.insar-tmp-2000000000-0");
        const fs::path deadShard = dir.file(".shard_00000_input.npy.insar-tmp-2000000001-7");
        const fs::path live = dir.file(".other.tif.insar-tmp-" + std::to_string(::getppid()) + "-3");
        const fs::path mine = temporaryPathFor(dir.file("mine.tif"));
        const fs::path user = dir.file(".hidden-user-file");
        for (const fs::path& p : {dead, deadShard, live, mine, user})
            std::ofstream(p) << "x";
        // Ours, but older than this process: an earlier process that had the same id.
        const fs::path reused = dir.file(".old.tif.insar-tmp-" + std::to_string(::getpid()) + "-9");
        std::ofstream(reused) << "x";
        fs::last_write_time(reused, fs::file_time_type::clock::now() - std::chrono::hours(1));

        writeFileAtomically(dir.file("out.tif"), "new");
        QVERIFY(!fs::exists(dead));
        QVERIFY(!fs::exists(deadShard));
        QVERIFY(!fs::exists(reused));
        QVERIFY(fs::exists(live));
        QVERIFY(fs::exists(mine));
        QVERIFY(fs::exists(user));
        QVERIFY(fs::exists(dir.file("out.tif")));

        // Explicit cleaning finds nothing more to remove.
        QCOMPARE(removeStaleTemporaries(dir.path()), std::size_t(0));
        QCOMPARE(removeStaleTemporaries(dir.file("no-such-folder")), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomic_file.moc"
