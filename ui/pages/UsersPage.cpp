#include "pages/UsersPage.h"

#include "UserDirectory.h"
#include "models/UsersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

UsersPage::UsersPage(UserDirectory* directory, QWidget* parent)
    : QWidget(parent), m_directory(directory), m_model(new UsersModel(this)),
      m_table(new QTableView), m_pause(new QPushButton(tr("&Pause user…"))),
      m_resume(new QPushButton(tr("&Resume user…"))), m_refresh(new QPushButton(tr("Re&fresh"))),
      m_summary(new QLabel) {
    auto* title = new QLabel(tr("Users"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_directory, &UserDirectory::usersLoaded, this, &UsersPage::onUsersLoaded);
    connect(m_directory, &UserDirectory::userChanged, this, &UsersPage::onUserChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_refresh, &QPushButton::clicked, m_directory, &UserDirectory::refresh);
    connect(m_pause, &QPushButton::clicked, this, [this] { changeSelectedStatus(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { changeSelectedStatus(false); });
    updateButtons();
    QMetaObject::invokeMethod(m_directory, &UserDirectory::refresh, Qt::QueuedConnection);
}

void UsersPage::onUsersLoaded(const QList<User>& users) {
    m_model->setUsers(users);
    m_table->resizeColumnsToContents();
    int active = 0;
    for (const User& u : users)
        active += u.isActive() ? 1 : 0;
    m_summary->setText(tr("%n user(s)", nullptr, int(users.size())) + QStringLiteral(" · ") +
                       tr("%n active", nullptr, active));
    updateButtons();
}

void UsersPage::onUserChanged(const User& user) {
    m_model->updateUser(user);
    updateButtons();
}

void UsersPage::updateButtons() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const User* user = rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
    m_pause->setEnabled(user && user->isActive());
    m_resume->setEnabled(user && user->status == QLatin1String("paused"));
}

void UsersPage::changeSelectedStatus(bool pause) {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const User* user = rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
    if (!user)
        return;
    const QString question =
        pause ? tr("Pause %1? Every job will skip this user until resumed; nothing of theirs is "
                   "lost.\n\nReason (optional, kept in the audit log):")
                    .arg(user->name)
              : tr("Resume %1? Jobs will include this user again from their next run.\n\n"
                   "Reason (optional, kept in the audit log):")
                    .arg(user->name);
    bool ok = false;
    const QString reason = QInputDialog::getText(this, pause ? tr("Pause user") : tr("Resume user"),
                                                 question, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const qint64 id = user->id;
    const QString status = pause ? QStringLiteral("paused") : QStringLiteral("active");
    QMetaObject::invokeMethod(
        m_directory,
        [directory = m_directory, id, status, reason] { directory->setStatus(id, status, reason); },
        Qt::QueuedConnection);
}

} // namespace outreach::ui
