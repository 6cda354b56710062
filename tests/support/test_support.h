// Shared helpers for the Qt Test executables: fuzzy comparison, fixture paths, temp folders.
#pragma once

#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <string>

namespace insar::test {

/// |actual - expected| <= atol + rtol * |expected|.
inline bool fuzzyEqual(double actual, double expected, double rtol, double atol = 0.0)
{
    return std::abs(actual - expected) <= atol + rtol * std::abs(expected);
}

/// Path of a file under tests/data (INSAR_TEST_DATA, set by CTest).
std::filesystem::path dataPath(const std::string& relative = {});

/// Exit status and output of a program run by a test (exitCode -1: timed out, -2: crashed).
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` with `args` and waits for it (used to test the real command-line tool).
CliRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 120000);

/// A fresh empty folder under the system temp dir, removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

} // namespace insar::test

/// QVERIFY with a message showing both values when a fuzzy comparison fails.
#define INSAR_FUZZY_COMPARE(actual, expected, rtol, atol)                                          \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        QVERIFY2(::insar::test::fuzzyEqual(a_, e_, (rtol), (atol)),                                \
                 qPrintable(QStringLiteral("%1 = %2, expected %3 (rtol %4, atol %5)")              \
                                .arg(#actual)                                                      \
                                .arg(a_, 0, 'g', 12)                                               \
                                .arg(e_, 0, 'g', 12)                                               \
                                .arg(double(rtol))                                                 \
                                .arg(double(atol))));                                              \
    } while (0)
