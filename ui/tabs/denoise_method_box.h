// The Denoise tab's method selector: which corrections to run on each file (CNN with its model,
// deramp, phase-elevation with its DEM, GACOS with its folder, a chain typed as text; several may
// be checked to compare them), and what they share (exclusion mask, reference point). Choices are
// remembered in QSettings.
#pragma once

#include "pipeline/correction_inputs.h"
#include "widgets/text_bindings.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace insar::ui {

/// One checked method: what the table shows and what corrections::makeCorrection() gets.
struct MethodChoice {
    QString label;
    std::string spec;
};

class DenoiseMethodBox : public QWidget {
    Q_OBJECT
public:
    explicit DenoiseMethodBox(QWidget* parent = nullptr);

    /// The checked methods, in the order of the box (CNN, deramp, phase-elevation, GACOS, chain).
    QList<MethodChoice> methods() const;
    /// DEM, GACOS folder, exclusion and reference as chosen (units are the tab's business).
    pipeline::CorrectionInputs inputs() const;

    /// "cnn", "deramp", "linear", "gacos" or "chain".
    void setMethodChecked(const QString& method, bool checked);
    void setDerampKind(const QString& kind); // linear | bilinear | quadratic
    void setElevationOrder(int order, bool withPlane);
    void setChain(const QString& spec);
    void setDemPath(const QString& path);
    void setGacosDir(const QString& dir);
    void setExclusion(const QString& maskFileOrWkt);
    /// "auto", "none" or "ROW,COL".
    void setReference(const QString& reference);

    /// Model of "cnn": the shipped pretrained model unless another was chosen (remembered).
    /// Empty when none is installed.
    QString modelPath() const { return m_modelPath; }
    /// Reads the model's metadata once; a file that cannot be read keeps the previous DEM need.
    void setModelPath(const QString& path);
    /// The model takes the DEM as a second input ("inputs": ["phase", "dem"]): the DEM chooser
    /// is then shown for CNN too, with a hint, whether CNN runs alone or in a chain.
    bool modelNeedsDem() const { return m_modelNeedsDem; }

signals:
    /// Any choice changed (methods, their parameters, the shared inputs).
    void changed();
    void modelPathChanged(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseModel();
    void updateModelLabel();
    /// Shows the DEM row when a checked method uses it: phase-elevation (alone or in the chain),
    /// or CNN (alone or in the chain) with a model that needs a DEM.
    void updateDemRow();
    void chooseFile(QLineEdit* edit, const QString& title, const QString& filter, bool folder);
    void remember();
    void restore();

    QCheckBox* m_cnn = nullptr;
    QLabel* m_modelLabel = nullptr;
    QPushButton* m_chooseModel = nullptr;
    QCheckBox* m_deramp = nullptr;
    QComboBox* m_derampKind = nullptr;
    QCheckBox* m_linear = nullptr;
    QSpinBox* m_order = nullptr;
    QCheckBox* m_plane = nullptr;
    QSpinBox* m_looks = nullptr;
    QLabel* m_demLabel = nullptr;
    QWidget* m_demRow = nullptr;
    QLineEdit* m_dem = nullptr;
    QLabel* m_demHint = nullptr;
    QCheckBox* m_gacos = nullptr;
    QLineEdit* m_gacosDir = nullptr;
    QCheckBox* m_chain = nullptr;
    QLineEdit* m_chainText = nullptr;
    QLineEdit* m_exclude = nullptr;
    QComboBox* m_reference = nullptr;
    QLineEdit* m_referencePixel = nullptr;
    QString m_modelPath;
    bool m_modelNeedsDem = false;
    bool m_restoring = false;
    TextBindings m_texts;
};

} // namespace insar::ui
