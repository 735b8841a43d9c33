#include "widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace outreach::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_text(new QLabel), m_close(new QToolButton) {
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::show(Kind kind, const QString& text) {
    m_kind = kind;
    m_text->setText(text);
    tint();
    QFrame::show();
}

void MessageBar::tint() {
    // Mixed from the application palette, so that light and dark themes both stay readable.
    QPalette pal = palette();
    const QColor base = QPalette().color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error      ? QColor(0xda, 0x44, 0x53)
                        : m_kind == Kind::Positive ? QColor(0x27, 0xae, 0x60)
                                                   : QColor(0x3d, 0xae, 0xe9);
    const double mix = 0.2;
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * (1 - mix) + tint.redF() * mix,
                                                    base.greenF() * (1 - mix) + tint.greenF() * mix,
                                                    base.blueF() * (1 - mix) + tint.blueF() * mix));
    m_tinting = true;
    setPalette(pal);
    m_tinting = false;
}

void MessageBar::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    // The application palette changed (light <-> dark); our own setPalette() in tint() also
    // arrives here as a PaletteChange and must not start another round.
    const QEvent::Type type = event->type();
    if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange) && !m_tinting)
        tint();
}

QString MessageBar::text() const {
    return m_text->text();
}

} // namespace outreach::ui
