#include "pages/UsersPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "data/DashboardReader.h"
#include "models/UsersModel.h"
#include "widgets/PageTitle.h"
#include "widgets/ProgressDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

UsersPage::UsersPage(Engine* engine, DashboardReader* quotas, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_quotas(quotas), m_model(new UsersModel(this)),
      m_table(new QTableView), m_pause(new QPushButton(tr("&Pause user…"))),
      m_resume(new QPushButton(tr("&Resume user…"))), m_refresh(new QPushButton(tr("Re&fresh"))),
      m_summary(new QLabel) {
    auto* title = new PageTitle(tr("Users"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_pause->setObjectName(QStringLiteral("pauseUser"));
    m_resume->setObjectName(QStringLiteral("resumeUser"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_table->setItemDelegateForColumn(UsersModel::QuotaUse, new ProgressDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(UsersModel::QuotaUse, QHeaderView::Stretch);
    connect(m_quotas, &DashboardReader::loaded, this, [this](const DashboardSnapshot& snapshot) {
        m_model->setQuotas(snapshot.quotasByUser);
    });
    connect(m_engine, &Engine::usersLoaded, this, &UsersPage::onUsersLoaded);
    connect(m_engine, &Engine::userChanged, this, &UsersPage::onUserChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_refresh, &QPushButton::clicked, m_engine, &Engine::refreshUsers);
    connect(m_pause, &QPushButton::clicked, this, [this] { changeSelectedStatus(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { changeSelectedStatus(false); });
    updateButtons();
    QMetaObject::invokeMethod(m_engine, &Engine::refreshUsers, Qt::QueuedConnection);
}

void UsersPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    QMetaObject::invokeMethod(m_quotas, &DashboardReader::load, Qt::QueuedConnection);
}

bool UsersPage::selectUser(qint64 userId) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row)->id == userId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
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
    // open(), not exec(): the engine's signals keep arriving while the admin types.
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("userStatusDialog"));
    dialog->setWindowTitle(pause ? tr("Pause user") : tr("Resume user"));
    dialog->setLabelText(question);
    const qint64 id = user->id;
    const QString status = pause ? QStringLiteral("paused") : QStringLiteral("active");
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, status](const QString& r) {
        const QString reason = r.trimmed();
        callEngine(m_engine,
                   [id, status, reason](Engine& e) { e.setUserStatus(id, status, reason); });
    });
    dialog->open();
}

} // namespace outreach::ui
