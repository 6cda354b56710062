// Gallery of validation samples for the Training tab: for each sample its input, the network's
// prediction and the reference, as small RasterViews sharing one colour scale per sample.
#pragma once

#include "nn/trainer.h"
#include "widgets/text_bindings.h"

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
    /// The samples shown (LOS metres, as the trainer sent them), e.g. for a report.
    const std::vector<nn::GalleryItem>& items() const { return m_items; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Column {
        QLabel* caption = nullptr;
        RasterView* views[KindCount] = {};
        double rmseBeforeMm = 0.0;
        double rmseAfterMm = 0.0;
    };
    void ensureColumns(int count);
    void showTexts(); // title, captions and colour-bar labels in the current language

    QGridLayout* m_grid = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_rowLabels[KindCount] = {};
    std::vector<Column> m_columns;
    std::vector<nn::GalleryItem> m_items;
    int m_epoch = 0;
    bool m_received = false; // setItems() was called since the last clear()
    TextBindings m_texts;    // every user-visible text, re-applied on QEvent::LanguageChange
};

} // namespace insar::ui
