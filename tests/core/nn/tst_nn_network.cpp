// DnCNN, the poster's loss, the training step and its NaN/Inf guard.
#include "nn/detail/network.h"
#include "nn/detail/training_step.h"

#include "common/error.h"
#include "test_support.h"

#include <QtTest>

using namespace insar::nn;
namespace nnd = insar::nn::detail;

class TstNnNetwork : public QObject {
    Q_OBJECT
private slots:
    void lossMatchesHandComputed();
    void shapesAndParameterCount_data();
    void shapesAndParameterCount();
    void lossDecreasesOnFixedBatch();
    void nanGuardRollsBack();
    void factoryRejectsUnknownArchitecture();
    void receptiveFieldMatchesGradientSupport_data();
    void receptiveFieldMatchesGradientSupport();
    void dilationsParsedAndValidated();
};

void TstNnNetwork::lossMatchesHandComputed()
{
    // n = 2 maps of 2×2: residual errors e1 = (1, 2, 0, -1), e2 = (0.5, 0, 0, 3).
    // l = 1/(2·2) · (‖e1‖² + ‖e2‖²) = (6 + 9.25) / 4 = 3.8125.
    const torch::Tensor pred =
        torch::tensor({1.0f, 2.0f, 0.0f, -1.0f, 0.5f, 0.0f, 0.0f, 3.0f}).reshape({2, 1, 2, 2});
    const torch::Tensor target = torch::zeros({2, 1, 2, 2});
    INSAR_FUZZY_COMPARE(nnd::posterLoss(pred, target).item<double>(), 3.8125, 1e-7, 0.0);
    // Shifting both by the same tensor changes nothing; y − x enters as the target.
    const torch::Tensor shift = torch::randn({2, 1, 2, 2});
    INSAR_FUZZY_COMPARE(nnd::posterLoss(pred + shift, target + shift).item<double>(), 3.8125, 1e-6, 0.0);
}

void TstNnNetwork::shapesAndParameterCount_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("channels");
    QTest::addColumn<long long>("params");
    // conv0: 9c + c; middle: (d-2)·(9c² + 2c); last: 9c + 1. docs/physics.md §8 counts 556 096 for d=17,
    // c=64 with a bias-free last layer; ours keeps that layer's single bias (+1).
    QTest::addRow("3x4") << 3 << 4 << (9LL * 4 + 4) + 1 * (9LL * 16 + 8) + (9LL * 4 + 1);
    QTest::addRow("17x64") << 17 << 64 << 556096LL + 1;
}

void TstNnNetwork::shapesAndParameterCount()
{
    QFETCH(int, depth);
    QFETCH(int, channels);
    QFETCH(long long, params);
    auto net = nnd::makeNetwork({"dncnn", depth, channels, 1});
    long long count = 0;
    for (const auto& p : net->parameters())
        count += p.numel();
    QCOMPARE(count, params);
    const torch::Tensor y = torch::randn({2, 1, 17, 23});
    QCOMPARE(net->forward(y).sizes(), y.sizes());
}

void TstNnNetwork::lossDecreasesOnFixedBatch()
{
    torch::manual_seed(3);
    auto net = nnd::makeNetwork({"dncnn", 4, 8, 1});
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-2));
    nnd::StepRunner runner(*net, opt, torch::kCPU, false);
    // Smooth "signal" plus white noise; the target residual is the noise.
    const torch::Tensor noise = 0.5 * torch::randn({8, 1, 16, 16});
    const torch::Tensor grid = torch::linspace(0, 3, 16);
    const torch::Tensor signal = torch::sin(grid).view({1, 1, 16, 1}) * torch::cos(grid).view({1, 1, 1, 16});
    const torch::Tensor y = signal.expand({8, 1, 16, 16}) + noise;
    double first = 0, last = 0;
    for (int i = 0; i < 60; ++i) {
        const auto out = runner.step(y, noise);
        QVERIFY(out.ok);
        if (i == 0)
            first = out.loss;
        last = out.loss;
    }
    QVERIFY2(last < 0.5 * first, qPrintable(QString("loss %1 -> %2").arg(first).arg(last)));
}

void TstNnNetwork::nanGuardRollsBack()
{
    torch::manual_seed(5);
    auto net = nnd::makeNetwork({"dncnn", 4, 4, 1});
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-3));
    nnd::StepRunner runner(*net, opt, torch::kCPU, false);
    const torch::Tensor y = torch::randn({2, 1, 16, 16});
    QVERIFY(runner.step(y, 0.1 * y).ok); // creates optimizer state
    std::vector<torch::Tensor> params, buffers;
    for (const auto& p : net->parameters())
        params.push_back(p.detach().clone());
    for (const auto& b : net->buffers())
        buffers.push_back(b.clone());
    torch::Tensor bad = y.clone();
    bad.index_put_({0, 0, 3, 3}, std::numeric_limits<float>::quiet_NaN());
    const auto out = runner.step(bad, 0.1 * y);
    QVERIFY(!out.ok);
    QVERIFY(!out.problem.empty());
    const auto nowParams = net->parameters();
    for (std::size_t i = 0; i < params.size(); ++i)
        QVERIFY(torch::equal(params[i], nowParams[i]));
    const auto nowBuffers = net->buffers();
    for (std::size_t i = 0; i < buffers.size(); ++i)
        QVERIFY(torch::equal(buffers[i], nowBuffers[i]));
    QVERIFY(nnd::allFinite(*net));
    // An infinite target (finite input) is caught too, and training continues afterwards.
    QVERIFY(!runner.step(y, y * std::numeric_limits<float>::infinity()).ok);
    QVERIFY(runner.step(y, 0.1 * y).ok);
}

void TstNnNetwork::factoryRejectsUnknownArchitecture()
{
    auto rejected = [](const NetworkConfig& c) {
        try {
            nnd::makeNetwork(c);
        } catch (const insar::Error&) {
            return true;
        }
        return false;
    };
    QVERIFY(rejected(NetworkConfig{"resnet", 4, 4, 1}));
    QVERIFY(!rejected(NetworkConfig{"unet", 4, 4, 1}));
    QVERIFY(rejected(NetworkConfig{"dncnn", 2, 4, 1}));
    QVERIFY(rejected(NetworkConfig{"dncnn", 4, 4, 3}));
    QVERIFY(!rejected(NetworkConfig{"dncnn", 4, 4, 2}));
    QVERIFY(!rejected(NetworkConfig{"dncnn", 3, 4, 1}));
}

void TstNnNetwork::receptiveFieldMatchesGradientSupport_data()
{
    QTest::addColumn<QString>("dilations");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("field");
    QTest::addRow("plain-5") << "" << 5 << 11;            // 1 + 2·5
    QTest::addRow("dilated-5") << "1,2,4,2,1" << 5 << 21; // 1 + 2·10
    QTest::addRow("dilated-4") << "1,3,5,1" << 4 << 21;
}

void TstNnNetwork::receptiveFieldMatchesGradientSupport()
{
    // The pixels that can change one output pixel are those where its gradient with respect to the
    // input is non-zero: that square must be exactly receptiveField() wide (dilation really applied).
    QFETCH(QString, dilations);
    QFETCH(int, depth);
    QFETCH(int, field);
    NetworkConfig c{"dncnn", depth, 8, 1};
    c.dilations = parseDilations(dilations.toStdString());
    QCOMPARE(receptiveField(c), field);
    torch::manual_seed(7);
    auto net = nnd::makeNetwork(c);
    net->eval();
    const int side = field + 20, mid = side / 2;
    torch::Tensor y = torch::randn({1, 1, side, side}).requires_grad_(true);
    net->forward(y).index({0, 0, mid, mid}).backward();
    const torch::Tensor support = y.grad().index({0, 0}).abs() > 0;
    const auto rows = torch::nonzero(support.any(1)).flatten();
    const auto cols = torch::nonzero(support.any(0)).flatten();
    QCOMPARE(rows.max().item<int>() - rows.min().item<int>() + 1, field);
    QCOMPARE(cols.max().item<int>() - cols.min().item<int>() + 1, field);
    QCOMPARE(rows.min().item<int>(), mid - field / 2);
}

void TstNnNetwork::dilationsParsedAndValidated()
{
    QCOMPARE(parseDilations(" 1, 2,4 "), (std::vector<int>{1, 2, 4}));
    QVERIFY(parseDilations("").empty());
    QCOMPARE(formatDilations({1, 2, 4}), std::string("1,2,4"));
    auto parseFails = [](const std::string& t) {
        try {
            parseDilations(t);
        } catch (const insar::Error&) {
            return true;
        }
        return false;
    };
    QVERIFY(parseFails("1,x"));
    QVERIFY(parseFails("1,,2"));
    QVERIFY(parseFails("2.5"));
    auto invalid = [](std::vector<int> d, const QString& expected) {
        NetworkConfig c{"dncnn", 4, 4, 1};
        c.dilations = std::move(d);
        try {
            validate(c);
        } catch (const insar::Error& e) {
            return QString(e.what()).contains(expected);
        }
        return false;
    };
    QVERIFY(invalid({1, 2, 1}, "3 values given for a depth of 4"));
    QVERIFY(invalid({1, 0, 1, 1}, "between 1 and 64"));
    QVERIFY(invalid({1, 65, 1, 1}, "between 1 and 64"));
    QVERIFY(!invalid({1, 64, 2, 1}, ""));
}

QTEST_GUILESS_MAIN(TstNnNetwork)
#include "tst_nn_network.moc"
