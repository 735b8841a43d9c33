#include "dialogs/RunNowDialog.h"

#include "common/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace outreach::ui {

RunNowDialog::RunNowDialog(const QString& job, const QList<User>& users, QWidget* parent)
    : QDialog(parent), m_job(job), m_users(users), m_allUsers(new QRadioButton),
      m_oneUser(new QRadioButton(tr("&One user:"))), m_user(new QComboBox),
      m_force(new QCheckBox(tr("&Force: run this paused user anyway (audited)"))),
      m_hint(new QLabel), m_reason(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Run %1 now").arg(job));
    setObjectName(QStringLiteral("runNowDialog"));
    int active = 0;
    for (const User& user : m_users) {
        active += user.isActive() ? 1 : 0;
        if (user.status == QLatin1String("disabled"))
            continue; // jobs never run for a disabled user, not even by force
        QString label = QStringLiteral("%1 <%2>").arg(user.name, user.email);
        if (!user.isActive())
            label += QStringLiteral(" — ") + Format::userStatus(user.status);
        m_user->addItem(label, user.id);
    }
    m_allUsers->setText(tr("&All active users (%n)", nullptr, active));
    m_allUsers->setChecked(true);
    m_hint->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Optional, kept in the audit log"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run now"));

    auto* intro = new QLabel(
        tr("Runs the job's normal logic at this instant: its schedule-time checks and guards "
           "still apply."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_allUsers);
    form->addRow(m_oneUser, m_user);
    form->addRow(QString(), m_force);
    form->addRow(QString(), m_hint);
    form->addRow(tr("R&eason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_allUsers, &QRadioButton::toggled, this, &RunNowDialog::updateState);
    connect(m_oneUser, &QRadioButton::toggled, this, &RunNowDialog::updateState);
    connect(m_user, &QComboBox::currentIndexChanged, this, &RunNowDialog::updateState);
    connect(m_force, &QCheckBox::toggled, this, [this] {
        m_forceConfirmed = false;
        updateState();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunNowDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunNowDialog::reject);
    m_oneUser->setEnabled(m_user->count() > 0);
    updateState();
}

const User* RunNowDialog::chosenUser() const {
    if (!m_oneUser->isChecked())
        return nullptr;
    const qint64 id = m_user->currentData().toLongLong();
    for (const User& user : m_users)
        if (user.id == id)
            return &user;
    return nullptr;
}

void RunNowDialog::updateState() {
    m_user->setEnabled(m_oneUser->isChecked());
    const User* user = chosenUser();
    const bool paused = user && user->status == QLatin1String("paused");
    m_force->setVisible(paused);
    if (!paused)
        m_force->setChecked(false);
    m_hint->setVisible(paused);
    if (paused)
        m_hint->setText(tr("%1 is paused: every job skips this user. Only a forced run "
                           "includes them, and it is recorded in the audit log.")
                            .arg(user->name));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!paused || m_force->isChecked());
}

RunRequest RunNowDialog::request() const {
    RunRequest request;
    request.job = m_job;
    if (const User* user = chosenUser())
        request.userId = user->id;
    request.force = m_force->isChecked(); // only ever checked for a paused user
    request.reason = m_reason->text().trimmed();
    return request;
}

void RunNowDialog::selectUser(qint64 userId) {
    const int index = m_user->findData(userId);
    if (index < 0)
        return;
    m_oneUser->setChecked(true);
    m_user->setCurrentIndex(index);
}

void RunNowDialog::setForce(bool force) {
    m_force->setChecked(force);
}

void RunNowDialog::setReason(const QString& reason) {
    m_reason->setText(reason);
}

void RunNowDialog::accept() {
    const RunRequest wanted = request();
    if (wanted.force && !m_forceConfirmed) {
        // A second, explicit yes for running someone the admin (or a colleague) paused.
        const User* user = chosenUser();
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Run a paused user?"),
            tr("%1 is paused. Run %2 for this user anyway? The forced run is recorded in the "
               "audit log with your reason.")
                .arg(user ? user->name : QString(), m_job),
            QMessageBox::Yes | QMessageBox::No, this);
        box->setObjectName(QStringLiteral("forceConfirmation"));
        box->setDefaultButton(QMessageBox::No);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box] {
            if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
                return;
            m_forceConfirmed = true;
            accept();
        });
        box->open();
        return;
    }
    QDialog::accept();
}

} // namespace outreach::ui
