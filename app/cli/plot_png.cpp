#include "plot_png.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/units.h"

#ifdef INSAR_CLI_HAS_QT_GUI
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#endif

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>

namespace insar::cli {

#ifdef INSAR_CLI_HAS_QT_GUI
namespace {

struct Panel {
    QRectF rect;
    double xMin, xMax, yMin, yMax;
    QPointF map(double x, double y) const
    {
        return {rect.left() + (x - xMin) / (xMax - xMin) * rect.width(),
                rect.bottom() - (y - yMin) / (yMax - yMin) * rect.height()};
    }
};

void drawPanel(QPainter& p, const Panel& panel, const QString& title, const QString& yLabel,
               const std::vector<metrics::EvaluationRecord>& records,
               const std::vector<metrics::SnrBinSummary>& bins, std::size_t fieldIndex, double scale)
{
    const auto& field = metrics::QualityMetrics::fields()[fieldIndex];
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(panel.rect);
    p.drawText(QRectF(panel.rect.left(), panel.rect.top() - 28, panel.rect.width(), 24), Qt::AlignCenter,
               title);
    for (int e = static_cast<int>(std::floor(panel.xMin)); e <= static_cast<int>(std::ceil(panel.xMax));
         ++e) {
        if (e < panel.xMin || e > panel.xMax)
            continue;
        const QPointF a = panel.map(e, panel.yMin);
        p.setPen(QPen(QColor(220, 220, 220), 1));
        p.drawLine(a, panel.map(e, panel.yMax));
        p.setPen(Qt::black);
        p.drawText(QRectF(a.x() - 30, a.y() + 4, 60, 18), Qt::AlignCenter, QStringLiteral("1e%1").arg(e));
    }
    for (int k = 0; k <= 4; ++k) {
        const double y = panel.yMin + (panel.yMax - panel.yMin) * k / 4.0;
        const QPointF a = panel.map(panel.xMin, y);
        p.setPen(QPen(QColor(220, 220, 220), 1));
        p.drawLine(a, panel.map(panel.xMax, y));
        p.setPen(Qt::black);
        p.drawText(QRectF(a.x() - 64, a.y() - 9, 58, 18), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(y, 'g', 3));
    }
    p.drawText(QRectF(panel.rect.left(), panel.rect.bottom() + 22, panel.rect.width(), 18), Qt::AlignCenter,
               QStringLiteral("input SNR  P_x / P_(y-x)"));
    p.save();
    p.translate(panel.rect.left() - 70, panel.rect.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-100, -10, 200, 20), Qt::AlignCenter, yLabel);
    p.restore();
    p.setClipRect(panel.rect);
    const QColor before(200, 60, 60), after(40, 90, 200);
    for (const auto& r : records) {
        if (!(r.inputSnr > 0))
            continue;
        const double x = std::log10(r.inputSnr);
        const double vb = r.before.*(field.member) * scale, va = r.after.*(field.member) * scale;
        p.setPen(Qt::NoPen);
        if (std::isfinite(vb)) {
            p.setBrush(QColor(before.red(), before.green(), before.blue(), 110));
            p.drawEllipse(panel.map(x, vb), 2.5, 2.5);
        }
        if (std::isfinite(va)) {
            p.setBrush(QColor(after.red(), after.green(), after.blue(), 110));
            p.drawEllipse(panel.map(x, va), 2.5, 2.5);
        }
    }
    for (int which = 0; which < 2; ++which) {
        QPainterPath path;
        bool started = false;
        for (const auto& b : bins) {
            if (b.count == 0 || !(b.lowerSnr > 0) || !std::isfinite(b.upperSnr))
                continue;
            const auto& m = b.metrics[fieldIndex];
            const double v = (which == 0 ? m.meanBefore : m.meanAfter) * scale;
            if (!std::isfinite(v))
                continue;
            const QPointF pt = panel.map(0.5 * (std::log10(b.lowerSnr) + std::log10(b.upperSnr)), v);
            if (!started)
                path.moveTo(pt);
            else
                path.lineTo(pt);
            started = true;
            p.setPen(QPen(which == 0 ? before : after, 2));
            p.setBrush(which == 0 ? before : after);
            p.drawEllipse(pt, 4, 4);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(which == 0 ? before : after, 2));
        p.drawPath(path);
    }
    p.setClipping(false);
    p.setPen(before);
    p.drawText(QPointF(panel.rect.right() - 170, panel.rect.top() + 18),
               QStringLiteral("● uncorrected input"));
    p.setPen(after);
    p.drawText(QPointF(panel.rect.right() - 170, panel.rect.top() + 36),
               QStringLiteral("● denoised (bin means: line)"));
}

std::size_t fieldIndex(double metrics::QualityMetrics::*member)
{
    const auto& f = metrics::QualityMetrics::fields();
    for (std::size_t i = 0; i < f.size(); ++i)
        if (f[i].member == member)
            return i;
    throw Error(ErrorKind::Internal, "metric missing from QualityMetrics::fields()");
}

} // namespace
#endif

bool writeSnrPlotPng(const std::filesystem::path& file, const std::vector<metrics::EvaluationRecord>& records,
                     const std::vector<metrics::SnrBinSummary>& bins, std::string& note)
{
#ifdef INSAR_CLI_HAS_QT_GUI
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance()) {
        static int argc = 1;
        static char name[] = "insar-denoiser-cli";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    double xMin = 1e9, xMax = -1e9, rmseMax = 0.0, ssimMin = 1.0;
    const std::size_t iSsim = fieldIndex(&metrics::QualityMetrics::ssimWindowed),
                      iRmse = fieldIndex(&metrics::QualityMetrics::rmse);
    for (const auto& r : records) {
        if (r.inputSnr > 0 && std::isfinite(r.inputSnr)) {
            xMin = std::min(xMin, std::log10(r.inputSnr));
            xMax = std::max(xMax, std::log10(r.inputSnr));
        }
        for (const auto* m : {&r.before, &r.after}) {
            if (std::isfinite(m->rmse))
                rmseMax = std::max(rmseMax, insar::metresToMm(m->rmse));
            if (std::isfinite(m->ssimWindowed))
                ssimMin = std::min(ssimMin, m->ssimWindowed);
        }
    }
    if (xMin > xMax) {
        xMin = -2;
        xMax = 2;
    }
    xMin = std::min(std::floor(xMin), -2.0);
    xMax = std::max(std::ceil(xMax), 2.0);
    QImage image(1400, 620, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setFont(QFont(QStringLiteral("Sans"), 10));
        drawPanel(p,
                  {QRectF(110, 60, 540, 480), xMin, xMax, std::min(0.0, std::floor(ssimMin * 10) / 10), 1.0},
                  QStringLiteral("Windowed SSIM vs input SNR"), QStringLiteral("SSIM (Gaussian 11x11)"),
                  records, bins, iSsim, 1.0);
        drawPanel(p, {QRectF(810, 60, 540, 480), xMin, xMax, 0.0, rmseMax > 0 ? rmseMax * 1.05 : 1.0},
                  QStringLiteral("RMSE vs input SNR"), QStringLiteral("RMSE (mm)"), records, bins, iRmse,
                  insar::kMmPerM);
    }
    writeAtomically(file, [&](const std::filesystem::path& tmp) {
        if (!image.save(QString::fromStdString(tmp.string()), "PNG"))
            throw Error(ErrorKind::Io, file.string() + ": cannot write the PNG plot");
    });
    return true;
#else
    (void)file;
    (void)records;
    (void)bins;
    note = "PNG plot skipped: this is the headless build (no Qt Gui); the CSV files hold the same data";
    return false;
#endif
}

} // namespace insar::cli
