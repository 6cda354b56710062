#include "case_study_tab.h"

#include <QLabel>
#include <QVBoxLayout>

namespace insar::ui {

CaseStudyTab::CaseStudyTab(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->setText(
        tr("<h2>Case studies</h2>"
           "<p>This tab is where the two case studies of the method are reproduced. They need the "
           "time-series and GNSS modules, which are not part of this version; nothing here runs yet.</p>"
           "<h3>Mt. Ontake volcano, Japan (2014 eruption): time series</h3>"
           "<p>15 ALOS-2 interferograms (October 2014 – October 2017) are corrected with the trained "
           "network, inverted into a displacement time series and fitted per pixel for a velocity "
           "with its uncertainty, uncorrected and after GACOS, linear (phase–elevation) and CNN "
           "correction, compared at one reference location.</p>"
           "<h3>L'Aquila, Italy (2009 Mw 6.3 earthquake): GNSS comparison</h3>"
           "<p>One ALOS pair spanning the 6 April 2009 mainshock (July 2008 – April 2009) is corrected "
           "and compared with the displacements of 8 continuous GNSS sites projected into the line of "
           "sight (Anzidei et al., 2009), site by site, with the GNSS–InSAR misfit before and after "
           "correction.</p>"));
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace insar::ui
