#include "sample_gallery.h"

#include "common/units.h"
#include "widgets/raster_view.h"

#include <QEvent>
#include <QGridLayout>
#include <qcustomplot.h>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace insar::ui {

namespace {

Raster toMillimetres(const Raster& r)
{
    Raster out = r;
    for (float& v : out.values())
        v = static_cast<float>(metresToMm(v));
    out.metadata.units = Units::Millimetres;
    return out;
}

/// Root-mean-square difference over pixels valid in both (NaN when none or sizes differ).
double rmsDifference(const Raster& a, const Raster& b)
{
    if (a.width() != b.width() || a.height() != b.height())
        return NAN;
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double d = double(a.data()[i]) - double(b.data()[i]);
        if (std::isfinite(d)) {
            sum += d * d;
            ++n;
        }
    }
    return n ? std::sqrt(sum / double(n)) : NAN;
}

} // namespace

SampleGallery::SampleGallery(QWidget* parent) : QWidget(parent)
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel();
    v->addWidget(m_title);
    m_grid = new QGridLayout();
    m_grid->setSpacing(3);
    for (int k = 0; k < KindCount; ++k) {
        m_rowLabels[k] = new QLabel();
        m_rowLabels[k]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rowLabels[k]->setWordWrap(true);
        m_rowLabels[k]->setMaximumWidth(80);
        m_grid->addWidget(m_rowLabels[k], k + 1, 0);
    }
    v->addLayout(m_grid, 1);
    m_texts.bind([this] {
        m_rowLabels[Input]->setText(tr("input y"));
        m_rowLabels[Prediction]->setText(tr("prediction y − R(y)"));
        m_rowLabels[Reference]->setText(tr("reference x"));
        showTexts();
    });
}

void SampleGallery::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

void SampleGallery::showTexts()
{
    if (m_columns.empty())
        m_title->setText(m_received ? tr("No validation samples.")
                                    : tr("Validation samples appear here after the first epoch."));
    else
        m_title->setText(
            tr("Validation samples after epoch %1 (mm, one colour scale per sample)").arg(m_epoch));
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns[i];
        c.caption->setText(tr("#%1  RMSE %2 → %3 mm")
                               .arg(i + 1)
                               .arg(c.rmseBeforeMm, 0, 'f', 1)
                               .arg(c.rmseAfterMm, 0, 'f', 1));
        for (RasterView* view : c.views)
            view->setColorBarLabel(tr("mm"));
    }
}

void SampleGallery::ensureColumns(int count)
{
    while (int(m_columns.size()) > count) {
        Column& c = m_columns.back();
        delete c.caption;
        for (RasterView* view : c.views)
            delete view;
        m_columns.pop_back();
    }
    while (int(m_columns.size()) < count) {
        const int col = int(m_columns.size()) + 1;
        Column c;
        c.caption = new QLabel();
        c.caption->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(c.caption, 0, col);
        c.caption->show(); // explicit: a layout shows new children of a visible parent only later
        for (int k = 0; k < KindCount; ++k) {
            auto* view = new RasterView();
            view->setObjectName(QStringLiteral("gallery_%1_%2").arg(col - 1).arg(k));
            view->setColorMap(ColorMapKind::Diverging);
            // One colour bar per sample: the three maps share its limits.
            view->setColorBarVisible(k == Reference);
            view->setMinimumSize(110, 100);
            // Thumbnails: the maps get the room that pixel axes would take.
            view->plot()->xAxis->setVisible(false);
            view->plot()->yAxis->setVisible(false);
            m_grid->addWidget(view, k + 1, col);
            view->show();
            c.views[k] = view;
        }
        m_grid->setColumnStretch(col, 1);
        m_columns.push_back(c);
    }
}

void SampleGallery::setItems(const std::vector<nn::GalleryItem>& items, int epoch)
{
    m_epoch = epoch;
    m_items = items;
    ensureColumns(int(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const nn::GalleryItem& item = items[i];
        const Raster shown[KindCount] = {toMillimetres(item.input), toMillimetres(item.prediction),
                                         toMillimetres(item.reference)};
        const auto limits = RasterView::sharedLimits({&shown[0], &shown[1], &shown[2]}, true);
        for (int k = 0; k < KindCount; ++k) {
            m_columns[i].views[k]->setRaster(shown[k]);
            if (limits)
                m_columns[i].views[k]->setLimits(*limits);
        }
        m_columns[i].rmseBeforeMm = rmsDifference(shown[Input], shown[Reference]);
        m_columns[i].rmseAfterMm = rmsDifference(shown[Prediction], shown[Reference]);
    }
    m_received = true;
    showTexts();
}

void SampleGallery::clear()
{
    ensureColumns(0);
    m_items.clear();
    m_epoch = 0;
    m_received = false;
    showTexts();
}

RasterView* SampleGallery::view(int sample, Kind kind) const
{
    if (sample < 0 || sample >= int(m_columns.size()))
        return nullptr;
    return m_columns[std::size_t(sample)].views[kind];
}

QString SampleGallery::caption(int sample) const
{
    if (sample < 0 || sample >= int(m_columns.size()))
        return {};
    return m_columns[std::size_t(sample)].caption->text();
}

} // namespace insar::ui
