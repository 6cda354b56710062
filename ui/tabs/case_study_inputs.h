// The Case-study tab's inputs: where the stack comes from (interferogram files or a folder, an
// interferogram CSV, a time-series CSV, a MintPy file) or which bundled synthetic scenario to
// generate; the correction inputs (DEM, GACOS folder, CNN model, units of untagged maps); the
// methods to compare; and the velocity model and its uncertainty. Choices are remembered in
// QSettings.
#pragma once

#include "pipeline/correction_inputs.h"
#include "timeseries/velocity_fit.h"
#include "widgets/text_bindings.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace insar::ui {

/// How the stack's paths are to be read (io/stack_reader.h).
enum class StackSource {
    InterferogramFiles, // files named YYYYMMDD_YYYYMMDD..., or a folder of them
    InterferogramCsv,   // date1,date2,file[,coherence]
    TimeSeriesCsv,      // date,file
    MintPy,             // timeseries.h5
};

class CaseStudyInputs : public QWidget {
    Q_OBJECT
public:
    explicit CaseStudyInputs(QWidget* parent = nullptr);
    ~CaseStudyInputs() override;

    /// The method identifiers the box offers, in its order: "none", "deramp", "linear", "gacos",
    /// "cnn", "gacos,cnn".
    static QStringList allMethods();
    /// A readable name of a method ("uncorrected", "GACOS → CNN"...).
    static QString methodLabel(const QString& method);

    /// The checked methods, in the box's order.
    QStringList methods() const;
    /// Checks exactly `methods` (unknown names are ignored).
    void setMethods(const QStringList& methods);

    StackSource stackSource() const;
    /// The stack's paths: several files separated by ';', or one folder / CSV / .h5.
    QStringList stackPaths() const;
    void setStackSource(StackSource source, const QStringList& paths);

    QString scenarioName() const; // "ontake" | "laquila"
    int scenarioSize() const;
    std::uint64_t scenarioSeed() const;
    /// Where a scenario is written; empty: a temporary folder that lives as long as the tab.
    QString scenarioFolder() const;
    void setScenario(const QString& name, int size, std::uint64_t seed);
    void setScenarioFolder(const QString& folder);

    void setDemPath(const QString& path);
    void setGacosDir(const QString& dir);
    QString demPath() const;
    QString gacosDir() const;
    /// The CNN's model file; empty: the shipped one.
    QString modelPath() const;

    /// DEM, GACOS folder and the units given to maps that do not say theirs.
    pipeline::CorrectionInputs correctionInputs() const;
    /// Velocity model (seasonal terms) and uncertainty (residual or bootstrap, draws, seed).
    timeseries::VelocityOptions velocityOptions() const;
    void setUncertainty(timeseries::Uncertainty kind, int draws = 400);
    void setSeasonal(bool on);

    QPushButton* loadButton() const { return m_load; }
    QPushButton* scenarioButton() const { return m_openScenario; }

    /// Disables the inputs while a job reads them.
    void setBusy(bool busy);

signals:
    void loadRequested();
    void scenarioRequested();
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeStackBox();
    QWidget* makeScenarioBox();
    QWidget* makeCorrectionBox();
    QWidget* makeMethodBox();
    QWidget* makeVelocityBox();
    void browseStack();
    void browseInto(QLineEdit* edit, const QString& title, const QString& filter, bool folder);
    void updateControls();
    void remember();

    QComboBox* m_source = nullptr;
    QLineEdit* m_stackPath = nullptr;
    QPushButton* m_load = nullptr;
    QComboBox* m_scenario = nullptr;
    QSpinBox* m_size = nullptr;
    QSpinBox* m_seed = nullptr;
    QLineEdit* m_scenarioFolder = nullptr;
    QPushButton* m_openScenario = nullptr;
    QLineEdit* m_dem = nullptr;
    QLineEdit* m_gacos = nullptr;
    QLineEdit* m_model = nullptr;
    QComboBox* m_units = nullptr;
    QDoubleSpinBox* m_wavelength = nullptr;
    std::vector<QCheckBox*> m_methods;
    QComboBox* m_uncertainty = nullptr;
    QSpinBox* m_draws = nullptr;
    QSpinBox* m_bootstrapSeed = nullptr;
    QCheckBox* m_seasonal = nullptr;
    QList<QWidget*> m_boxes;
    bool m_restoring = false;
    TextBindings m_texts;
};

} // namespace insar::ui
