// report_writer.h: one HTML body is built for both formats; the HTML file embeds the figures as
// data: URIs, the PDF gets them as QTextDocument image resources and is printed by QPdfWriter.
#include "report/report_writer.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "widgets/color_maps.h"
#include "widgets/raster_view.h"

#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QHBoxLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QWidget>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace insar::ui {

namespace {

QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QImage renderMaps(const report::Figure& figure, int widthPx)
{
    const int n = std::max<int>(1, int(figure.panels.size()));
    QWidget row;
    row.setAttribute(Qt::WA_DontShowOnScreen);
    auto* layout = new QHBoxLayout(&row);
    layout->setContentsMargins(0, 0, 0, 0);
    QList<const Raster*> rasters;
    for (const auto& p : figure.panels)
        rasters.append(&p.raster);
    const auto shared = figure.sharedScale ? RasterView::sharedLimits(rasters, figure.symmetric)
                                           : std::optional<ValueRange>{};
    double aspect = 1.0;
    for (const auto& p : figure.panels) {
        auto* view = new RasterView(&row);
        view->setColorMap(figure.symmetric ? ColorMapKind::Diverging : ColorMapKind::Viridis);
        view->setRaster(p.raster);
        view->setTitle(QString::fromStdString(p.title));
        view->setColorBarLabel(QString::fromStdString(p.units));
        if (shared)
            view->setLimits(*shared);
        else
            view->setLimitsMode(figure.symmetric ? RasterView::LimitsMode::Symmetric
                                                 : RasterView::LimitsMode::MinMax);
        if (p.raster.width() > 0)
            aspect = std::max(aspect, double(p.raster.height()) / p.raster.width());
        layout->addWidget(view);
    }
    const int panelWidth = widthPx / n;
    const int height = std::clamp(int(panelWidth * aspect * 0.9) + 60, 240, 1400);
    row.resize(widthPx, height);
    row.show(); // WA_DontShowOnScreen: laid out and polished, never mapped
    QImage image = row.grab().toImage();
    row.hide();
    return image;
}

QImage renderScatter(const report::Figure& figure, int widthPx)
{
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    static const QColor kColours[] = {QColor(31, 119, 180), QColor(214, 39, 40),   QColor(44, 160, 44),
                                      QColor(255, 127, 14), QColor(148, 103, 189), QColor(140, 86, 75)};
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    int i = 0;
    for (const auto& s : figure.series) {
        QCPGraph* g = plot.addGraph();
        g->setName(QString::fromStdString(s.name));
        g->setLineStyle(QCPGraph::lsNone);
        const QColor c = kColours[i++ % 6];
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, c, 7));
        g->setData(QVector<double>(s.x.begin(), s.x.end()), QVector<double>(s.y.begin(), s.y.end()));
        for (std::size_t k = 0; k < s.x.size(); ++k) {
            lo = std::min({lo, s.x[k], s.y[k]});
            hi = std::max({hi, s.x[k], s.y[k]});
        }
    }
    if (!std::isfinite(lo)) {
        lo = -1.0;
        hi = 1.0;
    }
    const double pad = std::max(1e-6, 0.05 * (hi - lo));
    QCPGraph* line = plot.addGraph();
    line->setName(QStringLiteral("1:1"));
    line->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    line->setData(QVector<double>{lo - pad, hi + pad}, QVector<double>{lo - pad, hi + pad});
    plot.xAxis->setRange(lo - pad, hi + pad);
    plot.yAxis->setRange(lo - pad, hi + pad);
    plot.xAxis->setLabel(QString::fromStdString(figure.xLabel));
    plot.yAxis->setLabel(QString::fromStdString(figure.yLabel));
    plot.legend->setVisible(true);
    const int side = std::min(widthPx, 1000);
    return plot.toPixmap(side, int(side * 0.8)).toImage();
}

QPen seriesPen(const QColor& c, report::LineSeries::Style style)
{
    QPen pen(c, 2);
    if (style == report::LineSeries::Style::Dashed)
        pen.setStyle(Qt::DashLine);
    return pen;
}

/// Line plots: curves on shared axes, log axes on request (values <= 0 left out there), vertical
/// dotted marks (bin edges), a legend.
QImage renderLines(const report::Figure& figure, int widthPx)
{
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    static const QColor kColours[] = {QColor(31, 119, 180),  QColor(214, 39, 40),   QColor(44, 160, 44),
                                      QColor(255, 127, 14),  QColor(148, 103, 189), QColor(140, 86, 75),
                                      QColor(227, 119, 194), QColor(127, 127, 127)};
    auto usable = [&](double x, double y) {
        return std::isfinite(x) && std::isfinite(y) && !(figure.logX && x <= 0.0) &&
               !(figure.logY && y <= 0.0);
    };
    double xLo = std::numeric_limits<double>::infinity(), xHi = -xLo, yLo = xLo, yHi = -xLo;
    int nextColour = 0;
    for (const auto& s : figure.lines) {
        QCPGraph* g = plot.addGraph();
        g->setName(QString::fromStdString(s.name));
        const QColor c = s.style == report::LineSeries::Style::Points
                             ? QColor(150, 150, 150, 140)
                             : kColours[(s.colour >= 0 ? s.colour : nextColour++) % 8];
        if (s.style == report::LineSeries::Style::Points) {
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, 4));
        } else {
            g->setPen(seriesPen(c, s.style));
            if (s.markers)
                g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, Qt::white, 6));
        }
        QVector<QCPGraphData> data;
        for (std::size_t k = 0; k < s.x.size() && k < s.y.size(); ++k) {
            if (!usable(s.x[k], s.y[k])) {
                if (s.style != report::LineSeries::Style::Points && !data.isEmpty())
                    data.append(QCPGraphData(s.x[k], std::numeric_limits<double>::quiet_NaN())); // a gap
                continue;
            }
            data.append(QCPGraphData(s.x[k], s.y[k]));
            xLo = std::min(xLo, s.x[k]);
            xHi = std::max(xHi, s.x[k]);
            yLo = std::min(yLo, s.y[k]);
            yHi = std::max(yHi, s.y[k]);
        }
        std::stable_sort(data.begin(), data.end(),
                         [](const QCPGraphData& a, const QCPGraphData& b) { return a.key < b.key; });
        g->data()->set(data, true);
    }
    if (!std::isfinite(xLo)) {
        xLo = figure.logX ? 0.1 : 0.0;
        xHi = figure.logX ? 10.0 : 1.0;
        yLo = figure.logY ? 0.1 : 0.0;
        yHi = figure.logY ? 10.0 : 1.0;
    }
    for (double m : figure.xMarks)
        if (std::isfinite(m) && !(figure.logX && m <= 0.0)) {
            xLo = std::min(xLo, m);
            xHi = std::max(xHi, m);
        }
    auto range = [](double lo, double hi, bool log) {
        if (log) {
            const double pad = std::pow(hi / lo, 0.05);
            return hi > lo ? QCPRange(lo / pad, hi * pad) : QCPRange(lo / 2.0, hi * 2.0);
        }
        const double pad = hi > lo ? 0.05 * (hi - lo) : std::max(1e-9, 0.1 * std::abs(lo) + 0.5);
        return QCPRange(lo - pad, hi + pad);
    };
    for (auto [axis, log] : {std::pair{plot.xAxis, figure.logX}, std::pair{plot.yAxis, figure.logY}}) {
        if (!log)
            continue;
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        axis->setNumberFormat(QStringLiteral("eb"));
        axis->setNumberPrecision(0);
    }
    plot.xAxis->setRange(range(xLo, xHi, figure.logX));
    plot.yAxis->setRange(range(yLo, yHi, figure.logY));
    for (double m : figure.xMarks) {
        if (!std::isfinite(m) || (figure.logX && m <= 0.0))
            continue;
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(m, plot.yAxis->range().lower);
        line->point2->setCoords(m, plot.yAxis->range().upper);
        line->setPen(QPen(QColor(120, 120, 120), 1, Qt::DotLine));
    }
    plot.xAxis->setLabel(QString::fromStdString(figure.xLabel));
    plot.yAxis->setLabel(QString::fromStdString(figure.yLabel));
    plot.legend->setVisible(!figure.lines.empty());
    plot.legend->setFont(QFont(plot.font().family(), 8));
    const int width = std::min(widthPx, 1000);
    return plot.toPixmap(width, int(width * 0.6)).toImage();
}

QByteArray pngBytes(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw Error(ErrorKind::Internal, "cannot encode a report figure as PNG");
    return bytes;
}

QString tableHtml(const report::Table& t)
{
    QString h = QStringLiteral("<table>\n");
    if (!t.caption.empty())
        h += QStringLiteral("<caption>%1</caption>\n").arg(esc(t.caption));
    h += QStringLiteral("<tr>");
    for (const auto& c : t.header)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr>\n");
    for (const auto& row : t.rows) {
        h += QStringLiteral("<tr>");
        for (const auto& c : row)
            h += QStringLiteral("<td>%1</td>").arg(esc(c));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

/// The document's body; `image(i, figure)` gives the src of figure i and its display width.
QString bodyHtml(const report::Report& r, const std::function<QString(int, const report::Figure&)>& image)
{
    QString h = QStringLiteral("<h1>%1</h1>\n").arg(esc(r.title));
    h += QStringLiteral("<table class=\"facts\">\n");
    h += QStringLiteral("<tr><th>Created</th><td>%1</td></tr>\n")
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate).toHtmlEscaped());
    for (const auto& kv : r.facts)
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(kv.key), esc(kv.value));
    h += QStringLiteral("</table>\n");
    int figureIndex = 0;
    for (const auto& s : r.sections) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(s.heading));
        for (const auto& p : s.paragraphs)
            h += QStringLiteral("<p>%1</p>\n").arg(esc(p));
        if (!s.facts.empty()) {
            h += QStringLiteral("<table class=\"facts\">\n");
            for (const auto& kv : s.facts)
                h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(kv.key), esc(kv.value));
            h += QStringLiteral("</table>\n");
        }
        for (const auto& t : s.tables)
            h += tableHtml(t);
        for (const auto& f : s.figures) {
            h += QStringLiteral("<div class=\"figure\">%1<p class=\"caption\">Figure %2. %3</p></div>\n")
                     .arg(image(figureIndex, f))
                     .arg(figureIndex + 1)
                     .arg(esc(f.caption));
            ++figureIndex;
        }
    }
    return h;
}

QImage figureImage(const report::Figure& f)
{
    return renderReportFigure(f, f.kind == report::FigureKind::Maps ? 1600 : 1000);
}

} // namespace

QImage renderReportFigure(const report::Figure& figure, int widthPx)
{
    switch (figure.kind) {
    case report::FigureKind::Maps:
        return renderMaps(figure, widthPx);
    case report::FigureKind::Lines:
        return renderLines(figure, widthPx);
    case report::FigureKind::Scatter:
        break;
    }
    return renderScatter(figure, widthPx);
}

std::string reportHtml(const report::Report& r)
{
    const QString body = bodyHtml(r, [](int, const report::Figure& f) {
        const QImage img = figureImage(f);
        return QStringLiteral("<img src=\"data:image/png;base64,%1\" alt=\"%2\" style=\"max-width:100%%\"/>")
            .arg(QString::fromLatin1(pngBytes(img).toBase64()), esc(f.caption));
    });
    QString doc =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n"
            "<style>\nbody{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}\n"
            "table{border-collapse:collapse;margin:1em 0}\nth,td{border:1px solid #bbb;padding:2px 6px;"
            "text-align:left}\ncaption{font-weight:bold;text-align:left}\n.caption{font-style:italic}\n"
            "</style>\n</head>\n<body>\n%2</body>\n</html>\n")
            .arg(esc(r.title), body);
    doc.replace(QStringLiteral("max-width:100%%"), QStringLiteral("max-width:100%"));
    return doc.toStdString();
}

void writeReportHtml(const report::Report& r, const std::filesystem::path& path)
{
    writeFileAtomically(path, reportHtml(r));
}

void writeReportPdf(const report::Report& r, const std::filesystem::path& path)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(QStringLiteral("table{border-collapse:collapse} th,td{border:1px solid "
                                            "#bbb;padding:2px} .caption{font-style:italic}"));
    const QString body = bodyHtml(r, [&doc](int i, const report::Figure& f) {
        const QImage img = figureImage(f);
        const QString name = QStringLiteral("figure%1.png").arg(i);
        doc.addResource(QTextDocument::ImageResource, QUrl(name), img);
        // The page's text width is about 600 document pixels; scale the print-resolution image.
        const int width = f.kind == report::FigureKind::Maps ? 600 : 420;
        const int height = img.width() > 0 ? width * img.height() / img.width() : width;
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
            .arg(name)
            .arg(width)
            .arg(height);
    });
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
    writeAtomically(path, [&](const std::filesystem::path& temp) {
        {
            QPdfWriter writer(QString::fromStdString(temp.string()));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            writer.setTitle(QString::fromStdString(r.title));
            writer.setCreator(QStringLiteral("InSAR Denoiser"));
            doc.print(&writer);
        }
        std::error_code ec;
        if (std::filesystem::file_size(temp, ec) == 0 || ec)
            throw Error(ErrorKind::Io, "cannot write the PDF " + path.string());
    });
}

void writeReport(const report::Report& r, const std::filesystem::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == ".html" || ext == ".htm")
        writeReportHtml(r, path);
    else if (ext == ".pdf")
        writeReportPdf(r, path);
    else
        throw Error(ErrorKind::InvalidInput,
                    path.string() + ": a report is written as .pdf or .html (the extension chooses)");
}

} // namespace insar::ui
