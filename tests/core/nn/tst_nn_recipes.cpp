// The training recipes under packaging/models/ are what the model card says they are: each loads
// and validates as a TrainConfig, names the network the card describes, and the shipped model was
// trained with pretrained_recipe.json.
#include "nn/model_file.h"
#include "nn/network_config.h"
#include "nn/train_config.h"

#include <QtTest>

#include <cstdint>
#include <filesystem>
#include <string>

using namespace insar::nn;

namespace {

const std::filesystem::path kModels = std::filesystem::path(INSAR_SOURCE_DIR) / "packaging" / "models";

} // namespace

class TstNnRecipes : public QObject {
    Q_OBJECT
private slots:
    void recipesMatchTheCard_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<int>("size"); // depth (dncnn) or levels (unet)
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("dilated"); // number of layers with a dilation above 1
        QTest::addRow("shipped") << "pretrained_recipe.json"
                                 << "dncnn" << 10 << 32 << 1 << 8;
        QTest::addRow("unet-4x16") << "recipes/unet-4x16.json"
                                   << "unet" << 4 << 16 << 1 << 0;
        QTest::addRow("unet-4x16-dem") << "recipes/unet-4x16-dem.json"
                                       << "unet" << 4 << 16 << 2 << 0;
        QTest::addRow("dncnn-20x64") << "recipes/dncnn-20x64.json"
                                     << "dncnn" << 20 << 64 << 1 << 0;
    }
    void recipesMatchTheCard()
    {
        QFETCH(QString, file);
        QFETCH(QString, architecture);
        QFETCH(int, size);
        QFETCH(int, channels);
        QFETCH(int, inChannels);
        QFETCH(int, dilated);
        const TrainConfig c = loadTrainConfig(kModels / file.toStdString());
        validate(c);
        QCOMPARE(QString::fromStdString(c.network.architecture), architecture);
        QCOMPARE(architecture == "unet" ? c.network.levels : c.network.depth, size);
        QCOMPARE(c.network.channels, channels);
        QCOMPARE(c.network.inChannels, inChannels);
        int n = 0;
        for (const int d : c.network.dilations)
            n += d > 1 ? 1 : 0;
        QCOMPARE(n, dilated);
        QCOMPARE(c.seed, std::uint64_t{1});
    }
    void shippedModelCameFromItsRecipe()
    {
        const ModelInfo info = readModelInfo(kModels / "insar-dncnn.model");
        const TrainConfig recipe = loadTrainConfig(kModels / "pretrained_recipe.json");
        QVERIFY(info.network == recipe.network);
        QCOMPARE(info.trainingSize, recipe.cropSize);
    }
};

QTEST_GUILESS_MAIN(TstNnRecipes)
#include "tst_nn_recipes.moc"
