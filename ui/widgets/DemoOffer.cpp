#include "widgets/DemoOffer.h"

#include "data/WorkspaceReader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace outreach::ui {

DemoOffer::DemoOffer(WorkspaceReader* reader, QWidget* parent)
    : QFrame(parent), m_reader(reader), m_openDemo(new QPushButton(tr("&Open demo workspace"))),
      m_startEmpty(new QPushButton(tr("&Start empty"))) {
    setObjectName(QStringLiteral("demoOffer"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Demo workspace offer"));
    m_openDemo->setObjectName(QStringLiteral("openDemo"));
    m_startEmpty->setObjectName(QStringLiteral("startEmpty"));
    m_openDemo->setDefault(true);

    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/outreach-console.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto* heading = new QLabel(tr("Welcome! This workspace has no client accounts yet."));
    heading->setObjectName(QStringLiteral("demoOfferHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    auto* text = new QLabel(
        tr("Try the demo workspace first: three client accounts in New York, Berlin and Tokyo, "
           "with sample leads, campaigns of every schedule type (daily, one-time, recurring, "
           "manual) and sender accounts that write their mail to .eml files instead of sending "
           "it. \"Run now\" on any job shows real runs, logs and reports within seconds.") +
        QStringLiteral("<p>") +
        tr("The demo keeps its own data folder: this database stays exactly as it is, and you "
           "can come back to it at any time."));
    text->setObjectName(QStringLiteral("demoOfferText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openDemo);
    buttons->addWidget(m_startEmpty);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(text);
    column->addSpacing(4);
    column->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(16);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(column, 1);

    connect(m_openDemo, &QPushButton::clicked, this, [this] {
        m_openDemo->setEnabled(false);
        m_startEmpty->setEnabled(false);
        m_openDemo->setText(tr("Opening the demo workspace…"));
        Q_EMIT openDemoRequested();
    });
    connect(m_startEmpty, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
    connect(m_reader, &WorkspaceReader::loaded, this, &DemoOffer::onLoaded);
    hide();
    tint();
    refresh();
}

void DemoOffer::refresh() {
    QMetaObject::invokeMethod(m_reader, &WorkspaceReader::load, Qt::QueuedConnection);
}

void DemoOffer::onLoaded(int userCount, const QString& error) {
    // A database that cannot be read is not "empty": the pages show that error themselves.
    const bool offered = error.isEmpty() && userCount == 0 && !m_dismissed;
    setVisible(offered);
    Q_EMIT checked(offered);
}

void DemoOffer::tint() {
    // A soft accent mixed from the application palette, readable in light and dark themes.
    QPalette pal = palette();
    // Mixed from Window, the colour behind WindowText, so the text keeps its contrast.
    const QColor base = QPalette().color(QPalette::Window);
    const QColor accent = QPalette().color(QPalette::Highlight);
    const double mix = 0.12;
    pal.setColor(QPalette::Window,
                 QColor::fromRgbF(base.redF() * (1 - mix) + accent.redF() * mix,
                                  base.greenF() * (1 - mix) + accent.greenF() * mix,
                                  base.blueF() * (1 - mix) + accent.blueF() * mix));
    m_tinting = true;
    setPalette(pal);
    m_tinting = false;
}

void DemoOffer::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    const QEvent::Type type = event->type();
    if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange) && !m_tinting)
        tint();
}

} // namespace outreach::ui
