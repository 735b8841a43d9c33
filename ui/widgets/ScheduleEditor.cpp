#include "widgets/ScheduleEditor.h"

#include "core/Clock.h"
#include "core/CronExpression.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

namespace outreach::ui {
namespace {

constexpr int kShownFires = 5;

} // namespace

ScheduleEditor::ScheduleEditor(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_expression(new QLineEdit), m_zone(new QComboBox),
      m_status(new QLabel), m_nextFires(new QLabel), m_save(new QPushButton(tr("&Save schedule"))),
      m_revert(new QPushButton(tr("Re&vert"))) {
    m_expression->setObjectName(QStringLiteral("scheduleExpression"));
    m_expression->setPlaceholderText(tr("minute hour day-of-month month day-of-week"));
    m_expression->setToolTip(
        tr("Five cron fields, e.g. \"0 8 * * 1\" for Mondays at 08:00, or @hourly, @daily, "
           "@weekly, @monthly, @yearly"));
    m_zone->setObjectName(QStringLiteral("scheduleZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextFires->setObjectName(QStringLiteral("scheduleNextFires"));
    m_nextFires->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextFires->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_save->setObjectName(QStringLiteral("scheduleSave"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Expression:"), m_expression);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(QString(), m_status);
    form->addRow(tr("Next runs:"), m_nextFires);
    form->addRow(buttons);

    connect(m_expression, &QLineEdit::textChanged, this, &ScheduleEditor::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleEditor::validate);
    connect(m_expression, &QLineEdit::returnPressed, this, &ScheduleEditor::save);
    connect(m_save, &QPushButton::clicked, this, &ScheduleEditor::save);
    connect(m_revert, &QPushButton::clicked, this,
            [this] { setSchedule(m_savedExpression, m_savedZone); });
    validate();
}

void ScheduleEditor::setSchedule(const QString& expression, const QString& timeZone) {
    m_savedExpression = expression;
    m_savedZone = timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
    m_expression->setText(expression);
    m_zone->setCurrentText(m_savedZone);
    validate();
}

bool ScheduleEditor::isModified() const {
    return expression() != m_savedExpression || timeZone() != m_savedZone;
}

QString ScheduleEditor::expression() const {
    return m_expression->text().simplified();
}

QString ScheduleEditor::timeZone() const {
    return m_zone->currentText().trimmed();
}

QString ScheduleEditor::errorText() const {
    return m_valid ? QString() : m_status->text();
}

QStringList ScheduleEditor::nextFireTexts() const {
    return m_fireTexts;
}

void ScheduleEditor::validate() {
    m_fireTexts.clear();
    m_valid = false;
    QString problem;
    const QTimeZone zone(timeZone().toLatin1());
    Result<CronExpression> parsed = CronExpression::parse(expression());
    if (expression().isEmpty())
        problem = tr("Enter a schedule.");
    else if (!parsed)
        problem = tr("Invalid schedule: %1").arg(parsed.error().message);
    else if (!zone.isValid())
        problem = tr("Unknown time zone \"%1\".").arg(timeZone());
    if (problem.isEmpty()) {
        const QList<QDateTime> fires = parsed->nextFires(m_clock.now(), zone, kShownFires);
        if (fires.isEmpty()) {
            problem = tr("This schedule never fires.");
        } else {
            const QLocale locale;
            for (const QDateTime& fire : fires) {
                const QDateTime inZone = fire.toTimeZone(zone);
                m_fireTexts << locale.toString(inZone, QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
            }
        }
    }
    m_valid = problem.isEmpty();
    QPalette pal = m_status->palette();
    if (m_valid) {
        m_status->setText(isModified() ? tr("Valid. Not saved yet.") : tr("Valid."));
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    } else {
        m_status->setText(problem);
        // A red that reads on light and dark backgrounds alike.
        pal.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    }
    m_status->setPalette(pal);
    m_nextFires->setText(m_valid ? m_fireTexts.join(QLatin1Char('\n')) : tr("—"));
    m_save->setEnabled(m_valid && isModified());
    m_revert->setEnabled(isModified());
}

void ScheduleEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // A switch between light and dark: the status colour is picked again.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        validate();
}

void ScheduleEditor::save() {
    validate();
    if (!m_valid || !isModified())
        return;
    Q_EMIT saveRequested(expression(), timeZone());
}

} // namespace outreach::ui
