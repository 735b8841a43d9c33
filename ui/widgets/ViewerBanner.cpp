#include "widgets/ViewerBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace outreach::ui {

ViewerBanner::ViewerBanner(const QString& otherEngines, QWidget* parent)
    : QFrame(parent), m_text(new QLabel), m_recheck(new QPushButton(tr("C&heck again"))) {
    setObjectName(QStringLiteral("viewerBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    // The palette's highlight, faded: visible in light and dark themes alike.
    QColor tint = tinted.color(QPalette::Highlight);
    tint.setAlpha(60);
    tinted.setColor(QPalette::Window, tint);
    setPalette(tinted);
    m_text->setWordWrap(true);
    m_text->setText(
        tr("<b>Viewer mode.</b> Another engine already runs the jobs on this database: %1. "
           "This console shows its data but runs no jobs itself, so nothing runs twice; "
           "\"Run now\" is refused here. Its runs and log records appear here as they happen.")
            .arg(otherEngines.toHtmlEscaped()));
    m_recheck->setObjectName(QStringLiteral("viewerRecheck"));
    m_recheck->setToolTip(tr("Reopens the console; it runs the jobs itself if the other engine "
                             "has stopped."));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_recheck);
    connect(m_recheck, &QPushButton::clicked, this, &ViewerBanner::recheckRequested);
}

QString ViewerBanner::text() const {
    return m_text->text();
}

} // namespace outreach::ui
