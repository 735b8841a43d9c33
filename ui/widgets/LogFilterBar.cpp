#include "widgets/LogFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <limits>

namespace outreach::ui {

LogFilterBar::LogFilterBar(QWidget* parent)
    : QWidget(parent), m_level(new QComboBox), m_job(new QComboBox), m_user(new QComboBox),
      m_run(new QLineEdit), m_text(new QLineEdit), m_follow(new QCheckBox(tr("F&ollow live"))),
      m_typing(new QTimer(this)) {
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("Debug and above"), QStringLiteral("debug"));
    m_level->addItem(tr("Info and above"), QStringLiteral("info"));
    m_level->addItem(tr("Warnings and errors"), QStringLiteral("warning"));
    m_level->addItem(tr("Errors only"), QStringLiteral("error"));
    m_job->setObjectName(QStringLiteral("logJob"));
    m_job->addItem(tr("All jobs"), QString());
    m_user->setObjectName(QStringLiteral("logUser"));
    m_user->addItem(tr("All users"), QVariant());
    m_run->setObjectName(QStringLiteral("logRun"));
    m_run->setPlaceholderText(tr("Run #"));
    m_run->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_run));
    m_run->setClearButtonEnabled(true);
    m_run->setMaximumWidth(110);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setPlaceholderText(tr("Search messages"));
    m_text->setClearButtonEnabled(true);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Show new records as the engine logs them"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addField = [grid](const QString& text, QWidget* field, int row, int column, int span = 1) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        grid->addWidget(label, row, column);
        grid->addWidget(field, row, column + 1, 1, span);
    };
    addField(tr("&Level:"), m_level, 0, 0);
    addField(tr("&Job:"), m_job, 0, 2);
    addField(tr("&User:"), m_user, 0, 4);
    addField(tr("&Run:"), m_run, 0, 6);
    addField(tr("&Text:"), m_text, 1, 0, 5);
    grid->addWidget(m_follow, 1, 6, 1, 2);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    setTabOrder(m_level, m_job);
    setTabOrder(m_job, m_user);
    setTabOrder(m_user, m_run);
    setTabOrder(m_run, m_text);
    setTabOrder(m_text, m_follow);

    auto now = [this] {
        if (!m_applying)
            Q_EMIT changed();
    };
    auto later = [this] {
        if (!m_applying)
            m_typing->start();
    };
    connect(m_level, &QComboBox::currentIndexChanged, this, now);
    connect(m_job, &QComboBox::currentIndexChanged, this, now);
    connect(m_user, &QComboBox::currentIndexChanged, this, now);
    connect(m_run, &QLineEdit::textChanged, this, later);
    connect(m_text, &QLineEdit::textChanged, this, later);
    connect(m_typing, &QTimer::timeout, this, &LogFilterBar::changed);
}

QWidget* LogFilterBar::firstField() const {
    return m_level;
}

LogFilter LogFilterBar::filter(int limit) const {
    LogFilter f;
    f.minLevel = m_level->currentData().toString();
    f.job = m_job->currentData().toString();
    if (m_user->currentData().isValid())
        f.userId = m_user->currentData().toLongLong();
    bool ok = false;
    const qint64 run = m_run->text().toLongLong(&ok);
    if (ok)
        f.runId = run;
    f.grep = m_text->text().trimmed();
    f.limit = limit;
    return f;
}

void LogFilterBar::apply(const LogFilter& filter) {
    m_applying = true;
    m_level->setCurrentIndex(std::max(0, m_level->findData(filter.minLevel)));
    int job = m_job->findData(filter.job);
    if (job < 0 && !filter.job.isEmpty()) {
        m_job->addItem(filter.job, filter.job);
        job = m_job->count() - 1;
    }
    m_job->setCurrentIndex(std::max(0, job));
    int user = 0;
    if (filter.userId) {
        user = m_user->findData(*filter.userId);
        if (user < 0) {
            m_user->addItem(QStringLiteral("#%1").arg(*filter.userId), *filter.userId);
            user = m_user->count() - 1;
        }
    }
    m_user->setCurrentIndex(user);
    m_run->setText(filter.runId ? QString::number(*filter.runId) : QString());
    m_text->setText(filter.grep);
    m_typing->stop();
    m_applying = false;
}

void LogFilterBar::setJobs(const QList<JobInfo>& jobs) {
    m_applying = true;
    for (const JobInfo& job : jobs)
        if (m_job->findData(job.name) < 0)
            m_job->addItem(job.name, job.name);
    m_applying = false;
}

void LogFilterBar::setUsers(const QList<User>& users) {
    m_applying = true;
    for (const User& user : users) {
        const QString label = QStringLiteral("%1 <%2>").arg(user.name, user.email);
        const int index = m_user->findData(user.id);
        if (index < 0)
            m_user->addItem(label, user.id);
        else
            m_user->setItemText(index, label);
    }
    m_applying = false;
}

void LogFilterBar::focusSearch() {
    m_text->setFocus();
    m_text->selectAll();
}

} // namespace outreach::ui
