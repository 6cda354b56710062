// The epoch-report field table: history.csv and the checkpoint's JSON history carry every field
// exactly, and the printed line follows the same table.
#include "nn/epoch_report.h"
#include "nn/training_history.h"

#include "common/error.h"

#include <QtTest>

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

using namespace insar::nn;

namespace {

/// Every field gets a different value that is not exactly representable in a few digits.
EpochReport distinctReport(int seed)
{
    EpochReport r;
    const auto& fields = epochFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        setFieldValue(fields[i], r,
                      std::holds_alternative<double EpochReport::*>(fields[i].member)
                          ? (seed + 1) * (i + 1) / 3.0 + 1e-13
                          : static_cast<double>(seed + i + 1));
    r.best = seed % 2 == 1;
    return r;
}

} // namespace

class TstNnEpochReport : public QObject {
    Q_OBJECT
private slots:
    void tableCoversEveryField();
    void csvRoundTrip();
    void jsonRoundTrip();
    void nonFiniteValues();
    void malformedInput_data();
    void malformedInput();
    void epochLine();
};

void TstNnEpochReport::tableCoversEveryField()
{
    const auto& fields = epochFields();
    std::set<std::string> keys, columns;
    for (const auto& f : fields) {
        keys.insert(std::string(f.key));
        columns.insert(std::string(f.column));
    }
    QCOMPARE(keys.size(), fields.size());
    QCOMPARE(columns.size(), fields.size());
    // Each table row writes its own member: setting one field changes exactly that field.
    for (std::size_t i = 0; i < fields.size(); ++i) {
        EpochReport r;
        setFieldValue(fields[i], r, 1.0);
        for (std::size_t k = 0; k < fields.size(); ++k)
            QCOMPARE(fieldValue(fields[k], r), k == i ? 1.0 : 0.0);
    }
    // Every member of EpochReport is in the table: a report whose fields are all set through the
    // table differs from a default one in every byte-relevant member (operator== compares all).
    EpochReport viaTable;
    for (const auto& f : fields)
        setFieldValue(f, viaTable, 1.0);
    EpochReport direct;
    direct.epoch = direct.epochs = 1;
    direct.trainLoss = direct.valLoss = direct.ssimPoster = direct.ssimWindowed = direct.snr = direct.snrDb =
        direct.rmseM = direct.inputSsimPoster = direct.inputSsimWindowed = direct.inputSnrDb =
            direct.inputRmseM = direct.seconds = direct.samplesPerSec = direct.etaSeconds =
                direct.learningRate = 1.0;
    direct.best = true;
    QVERIFY(viaTable == direct);
}

void TstNnEpochReport::csvRoundTrip()
{
    const std::vector<EpochReport> history{distinctReport(0), distinctReport(1), distinctReport(2)};
    const std::string csv = historyCsv(history);
    QVERIFY(csv.rfind("epoch,epochs,train_loss,val_loss,", 0) == 0);
    const std::vector<EpochReport> back = parseHistoryCsv(csv);
    QCOMPARE(back.size(), history.size());
    for (std::size_t i = 0; i < history.size(); ++i)
        for (const auto& f : epochFields())
            QVERIFY2(fieldValue(f, back[i]) == fieldValue(f, history[i]),
                     qPrintable(QString("row %1 column %2")
                                    .arg(i)
                                    .arg(QString::fromUtf8(f.column.data(), int(f.column.size())))));
    QVERIFY(back == history);
}

void TstNnEpochReport::jsonRoundTrip()
{
    const std::vector<EpochReport> history{distinctReport(3), distinctReport(4)};
    const nlohmann::json j = historyToJson(history);
    QCOMPARE(j.size(), std::size_t{2});
    QCOMPARE(j[0].size(), epochFields().size());
    QVERIFY(j[0].at("epoch").is_number_integer());
    QVERIFY(j[0].at("best").is_boolean());
    // Through text, as the checkpoint stores it.
    const std::vector<EpochReport> back = historyFromJson(nlohmann::json::parse(j.dump()));
    QVERIFY(back == history);
}

void TstNnEpochReport::nonFiniteValues()
{
    EpochReport r = distinctReport(5);
    r.trainLoss = std::numeric_limits<double>::quiet_NaN(); // every step of the epoch rejected
    r.snr = std::numeric_limits<double>::infinity();
    const EpochReport fromJson = epochReportFromJson(nlohmann::json::parse(epochReportToJson(r).dump()));
    QVERIFY(std::isnan(fromJson.trainLoss));
    QVERIFY(std::isnan(fromJson.snr)); // JSON has no infinity: null, read back as NaN
    QCOMPARE(fromJson.valLoss, r.valLoss);
    const EpochReport fromCsv = parseHistoryCsv(historyCsv({r})).at(0);
    QVERIFY(std::isnan(fromCsv.trainLoss));
    QVERIFY(std::isinf(fromCsv.snr));
}

void TstNnEpochReport::malformedInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addRow("csv-column") << "csv-column"
                                << "expected 'train_loss'";
    QTest::addRow("csv-cell") << "csv-cell"
                              << "is not a number";
    QTest::addRow("json-missing") << "json-missing"
                                  << "missing key 'valLoss'";
    QTest::addRow("json-type") << "json-type"
                               << "key 'epoch' must be an integer";
}

void TstNnEpochReport::malformedInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    std::string csv = historyCsv({distinctReport(1)});
    nlohmann::json j = epochReportToJson(distinctReport(1));
    QString err;
    try {
        if (kind == "csv-column")
            parseHistoryCsv(csv.replace(csv.find("train_loss"), 10, "trainloss"));
        else if (kind == "csv-cell")
            parseHistoryCsv(csv.replace(csv.find('\n') + 1, 1, "x"));
        else if (kind == "json-missing")
            j.erase("valLoss"), epochReportFromJson(j);
        else
            j["epoch"] = 1.5, epochReportFromJson(j);
    } catch (const insar::Error& e) {
        err = e.what();
    }
    QVERIFY2(err.contains(expected), qPrintable(err));
}

void TstNnEpochReport::epochLine()
{
    EpochReport r;
    r.epoch = 3;
    r.epochs = 10;
    r.rmseM = 0.0125;
    r.ssimWindowed = 0.5;
    r.best = true;
    const QString line = QString::fromStdString(formatEpochLine(r));
    QVERIFY2(line.startsWith("epoch 3/10  "), qPrintable(line));
    QVERIFY2(line.contains("RMSE 12.50 mm"), qPrintable(line));
    QVERIFY2(line.contains("windowed 0.500"), qPrintable(line));
    QVERIFY2(line.endsWith("*best"), qPrintable(line));
}

QTEST_GUILESS_MAIN(TstNnEpochReport)
#include "tst_nn_epoch_report.moc"
