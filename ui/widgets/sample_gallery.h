// Gallery of validation samples for the Training tab: for each sample its input, the network's
// prediction and the reference, as small RasterViews sharing one colour scale per sample.
#pragma once

#include "nn/trainer.h"

#include <QList>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace insar::ui {

class RasterView;

class SampleGallery : public QWidget {
    Q_OBJECT
public:
    enum Kind { Input, Prediction, Reference, KindCount };

    explicit SampleGallery(QWidget* parent = nullptr);

    /// Shows the samples of one epoch (LOS metres, displayed in mm); replaces the previous ones.
    void setItems(const std::vector<nn::GalleryItem>& items, int epoch);
    void clear();

    int itemCount() const { return int(m_columns.size()); }
    int epoch() const { return m_epoch; }
    RasterView* view(int sample, Kind kind) const;
    /// The caption above a sample ("#1  RMSE 12.3 → 4.5 mm").
    QString caption(int sample) const;

private:
    struct Column {
        QLabel* caption = nullptr;
        RasterView* views[KindCount] = {};
    };
    void ensureColumns(int count);

    QGridLayout* m_grid = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_rowLabels[KindCount] = {};
    std::vector<Column> m_columns;
    int m_epoch = 0;
};

} // namespace insar::ui
