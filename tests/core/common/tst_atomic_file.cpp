// Atomic writes: the target appears whole or not at all; a failed write leaves nothing behind.
#include "common/atomic_file.h"
#include "common/error.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>

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
};

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomic_file.moc"
