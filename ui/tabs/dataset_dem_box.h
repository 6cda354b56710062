// The DEM choice of the Dataset tab's form: the built-in fractal DEM (with its relief settings,
// given by the form) or DEM files the user adds (any raster GDAL reads, in lon/lat).
#pragma once

#include "widgets/text_bindings.h"

#include <QGroupBox>
#include <QStringList>

class QListWidget;
class QPushButton;
class QRadioButton;

namespace insar::ui {

class DatasetDemBox : public QGroupBox {
    Q_OBJECT
public:
    /// `fractalSettings` is shown under the fractal choice and enabled only with it.
    explicit DatasetDemBox(QWidget* fractalSettings, QWidget* parent = nullptr);

    bool usesFiles() const;
    QStringList files() const;
    void setFiles(const QStringList& files);
    /// Enables the controls of the chosen mode (after the choice was restored from settings).
    void updateControls();

signals:
    /// The choice or the file list changed.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addFiles();
    void removeFiles();

    QWidget* m_fractalSettings = nullptr;
    QRadioButton* m_fractal = nullptr;
    QRadioButton* m_filesMode = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    TextBindings m_texts;
};

} // namespace insar::ui
