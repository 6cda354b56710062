// The Case study tab: describes the two case studies of the published method (Ontake time series, L'Aquila
// GNSS comparison) that this tab will run once the time-series and GNSS modules exist.
#pragma once

#include <QWidget>

namespace insar::ui {

class CaseStudyTab : public QWidget {
    Q_OBJECT
public:
    explicit CaseStudyTab(QWidget* parent = nullptr);
};

} // namespace insar::ui
