// The "Generate dataset" box of the Dataset tab: output folder, file format (which also sets the
// config's normalisation), shard size and threads, the Generate button, the progress row of the
// running generation and the tab's status line.
#pragma once

#include "synthesis/dataset.h"
#include "synthesis/synthesis_config.h"
#include "widgets/bound_texts.h"

#include <QGroupBox>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace insar::ui {

class JobProgressWidget;

class DatasetOutput : public QGroupBox {
    Q_OBJECT
public:
    explicit DatasetOutput(QWidget* parent = nullptr);

    /// The output folder as typed (trimmed; empty when none).
    QString outputDir() const;
    synthesis::DatasetFormat format() const;
    synthesis::Normalisation normalisation() const;
    void setNormalisation(synthesis::Normalisation normalisation);
    /// Shard size and noise components (no DEM: the tab sets it).
    synthesis::DatasetOptions options() const;
    /// Worker threads, 0 = all cores.
    int threads() const;

    QPushButton* generateButton() const { return m_generate; }
    JobProgressWidget* progress() const { return m_progress; }

    /// Shows `text()` as the status line, again after a language change (the function reads its
    /// state then).
    void setStatus(TextFn text, bool error = false);
    QString statusText() const;

signals:
    void generateRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();

    QLineEdit* m_outDir = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_components = nullptr;
    QSpinBox* m_samplesPerShard = nullptr;
    QSpinBox* m_threads = nullptr;
    QPushButton* m_generate = nullptr;
    JobProgressWidget* m_progress = nullptr;
    QLabel* m_status = nullptr;
    TextFn m_statusText;
    TextBindings m_texts;
};

} // namespace insar::ui
