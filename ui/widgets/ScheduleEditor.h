#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace outreach {
class Clock;
}

namespace outreach::ui {

// Edits a job's cron schedule and time zone. Every keystroke is checked with the engine's own
// parser (CronExpression::parse), the error names the field at fault, and the next five fires
// are shown in the job's zone; Save is only possible for a valid, changed schedule.
class ScheduleEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ScheduleEditor(const Clock& clock, QWidget* parent = nullptr);

    // Shows a job's saved schedule (discarding unsaved edits).
    void setSchedule(const QString& expression, const QString& timeZone);
    bool isValid() const { return m_valid; }
    bool isModified() const;
    QString expression() const;
    QString timeZone() const;
    QString errorText() const; // empty while valid
    QStringList nextFireTexts() const;

Q_SIGNALS:
    void saveRequested(const QString& expression, const QString& timeZone);

protected:
    void changeEvent(QEvent* event) override;

private:
    void validate();
    void save();

    const Clock& m_clock;
    QLineEdit* m_expression;
    QComboBox* m_zone;
    QLabel* m_status;
    QLabel* m_nextFires;
    QPushButton* m_save;
    QPushButton* m_revert;
    QString m_savedExpression;
    QString m_savedZone;
    QStringList m_fireTexts;
    bool m_valid = false;
};

} // namespace outreach::ui
