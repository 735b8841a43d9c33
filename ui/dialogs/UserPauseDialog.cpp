#include "dialogs/UserPauseDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace outreach::ui {

UserPauseDialog::UserPauseDialog(const QString& job, const QList<User>& users,
                                 const QSet<qint64>& paused, QWidget* parent)
    : QDialog(parent), m_job(job), m_paused(paused), m_user(new QComboBox), m_state(new QLabel),
      m_reason(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Pause %1 for one user").arg(job));
    setObjectName(QStringLiteral("userPauseDialog"));
    m_user->setObjectName(QStringLiteral("pauseUser"));
    for (const User& user : users) {
        QString label = QStringLiteral("%1 <%2>").arg(user.name, user.email);
        if (m_paused.contains(user.id))
            label += QStringLiteral(" — ") + tr("paused for this job");
        m_user->addItem(label, user.id);
    }
    m_state->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Optional, kept in the audit log"));

    auto* intro =
        new QLabel(tr("The job keeps running for everyone else; its runs record this user as "
                      "skipped until they are resumed for it."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(QString(), m_state);
    form->addRow(tr("R&eason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_user, &QComboBox::currentIndexChanged, this, &UserPauseDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void UserPauseDialog::selectUser(qint64 userId) {
    const int index = m_user->findData(userId);
    if (index >= 0)
        m_user->setCurrentIndex(index);
}

void UserPauseDialog::setReason(const QString& reason) {
    m_reason->setText(reason);
}

qint64 UserPauseDialog::userId() const {
    return m_user->currentData().toLongLong();
}

bool UserPauseDialog::pauses() const {
    return !m_paused.contains(userId());
}

QString UserPauseDialog::reason() const {
    return m_reason->text().trimmed();
}

void UserPauseDialog::updateState() {
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_user->count() > 0);
    if (m_user->count() == 0) {
        m_state->setText(tr("There are no users yet."));
        return;
    }
    if (pauses()) {
        m_state->setText(tr("%1 runs for this user now.").arg(m_job));
        ok->setText(tr("&Pause for this user"));
    } else {
        m_state->setText(tr("%1 is paused for this user now.").arg(m_job));
        ok->setText(tr("&Resume for this user"));
    }
}

} // namespace outreach::ui
