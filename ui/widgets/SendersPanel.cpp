#include "widgets/SendersPanel.h"

#include "common/RequestIds.h"
#include "data/SenderEditor.h"
#include "dialogs/ImapDialog.h"
#include "dialogs/SenderDialog.h"
#include "models/SendersModel.h"
#include "widgets/MessageBar.h"
#include "widgets/UserPicker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

SendersPanel::SendersPanel(Engine* engine, SenderEditor* editor, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_editor(editor), m_users(new UserPicker(engine)),
      m_message(new MessageBar), m_model(new SendersModel(this)), m_table(new QTableView),
      m_add(new QPushButton(tr("&Add sender…"))), m_edit(new QPushButton(tr("&Edit…"))),
      m_test(new QPushButton(tr("Send &test email…"))),
      m_imap(new QPushButton(tr("&IMAP mailbox…"))),
      m_imapTest(new QPushButton(tr("Test &connection"))),
      m_imapRemove(new QPushButton(tr("&Remove mailbox…"))) {
    m_users->setObjectName(QStringLiteral("sendersUser"));
    m_message->setObjectName(QStringLiteral("sendersMessage"));
    m_table->setObjectName(QStringLiteral("sendersTable"));
    m_add->setObjectName(QStringLiteral("addSender"));
    m_edit->setObjectName(QStringLiteral("editSender"));
    m_test->setObjectName(QStringLiteral("sendTestEmail"));
    m_imap->setObjectName(QStringLiteral("editImap"));
    m_imapTest->setObjectName(QStringLiteral("testImap"));
    m_imapRemove->setObjectName(QStringLiteral("removeImap"));
    m_table->setAccessibleName(tr("Sender accounts"));
    m_test->setToolTip(tr("Send a test message through this account now; audited"));
    m_imapTest->setToolTip(tr("Log in to the account's IMAP mailbox and open it read-only"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_users);
    auto* top = new QHBoxLayout;
    top->addWidget(userLabel);
    top->addWidget(m_users);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_imap);
    buttons->addWidget(m_imapTest);
    buttons->addWidget(m_imapRemove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_users, &UserPicker::userChosen, this, &SendersPanel::reload);
    connect(m_editor, &SenderEditor::loaded, this, &SendersPanel::onLoaded);
    connect(m_editor, &SenderEditor::done, this,
            [this](quint64 token, const QString& message) { onAnswer(token, true, message); });
    connect(m_editor, &SenderEditor::failed, this,
            [this](quint64 token, const QString& message) { onAnswer(token, false, message); });
    connect(m_add, &QPushButton::clicked, this, &SendersPanel::addSender);
    connect(m_edit, &QPushButton::clicked, this, &SendersPanel::editSelected);
    connect(m_test, &QPushButton::clicked, this, &SendersPanel::sendTestSelected);
    connect(m_imap, &QPushButton::clicked, this, &SendersPanel::editImapSelected);
    connect(m_imapTest, &QPushButton::clicked, this, &SendersPanel::testImapSelected);
    connect(m_imapRemove, &QPushButton::clicked, this, &SendersPanel::removeImapSelected);
    connect(m_table, &QTableView::doubleClicked, this, &SendersPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SendersPanel::updateControls);
    updateControls();
}

quint64 SendersPanel::track(Request kind) {
    const quint64 token = RequestIds::next();
    m_pending.insert(token, kind);
    updateControls();
    return token;
}

void SendersPanel::reload() {
    const std::optional<qint64> user = m_users->userId();
    if (!user)
        return;
    m_loadToken = track(Request::Load);
    QMetaObject::invokeMethod(
        m_editor, [editor = m_editor, token = m_loadToken, id = *user] { editor->load(token, id); },
        Qt::QueuedConnection);
}

bool SendersPanel::selectSender(qint64 senderId) {
    const int row = m_model->rowOf(senderId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

const SenderAccount* SendersPanel::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->senderAt(rows.first().row());
}

void SendersPanel::onLoaded(quint64 token, qint64 userId, const QList<SenderAccount>& senders,
                            const QList<ImapAccount>& mailboxes) {
    if (!m_pending.remove(token) || token != m_loadToken || m_users->userId() != userId)
        return updateControls();
    const qint64 keep = selected() ? selected()->id : 0;
    m_model->setAccounts(senders, mailboxes);
    m_table->resizeColumnsToContents();
    if (keep)
        selectSender(keep);
    updateControls();
}

void SendersPanel::onAnswer(quint64 token, bool ok, const QString& message) {
    const auto found = m_pending.constFind(token);
    if (found == m_pending.cend())
        return;
    const Request kind = *found;
    m_pending.erase(found);
    m_message->show(ok ? MessageBar::Kind::Positive : MessageBar::Kind::Error, message);
    if (kind != Request::Load)
        reload(); // a save, and a test (its outcome is on the mailbox's row), change the list
    updateControls();
}

void SendersPanel::addSender() {
    openSenderDialog(nullptr);
}

void SendersPanel::editSelected() {
    if (const SenderAccount* sender = selected())
        openSenderDialog(sender);
}

void SendersPanel::openSenderDialog(const SenderAccount* existing) {
    const std::optional<qint64> user = m_users->userId();
    if (!user)
        return;
    auto* dialog = new SenderDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setAccount(*existing);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        const quint64 token = track(Request::Save);
        QMetaObject::invokeMethod(
            m_editor,
            [editor = m_editor, token, userId = *user, account = dialog->account(),
             password = dialog->password(),
             reason = dialog->reason()] { editor->save(token, userId, account, password, reason); },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void SendersPanel::sendTestSelected() {
    const SenderAccount* sender = selected();
    if (!sender)
        return;
    // open(), not exec(): answers keep arriving while the admin types.
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("testSendDialog"));
    dialog->setWindowTitle(tr("Send test email"));
    dialog->setLabelText(tr("Send a test message from %1 to:").arg(sender->fromAddress));
    dialog->setOkButtonText(tr("Send"));
    const qint64 id = sender->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& to) {
        const quint64 token = track(Request::Test);
        m_message->show(MessageBar::Kind::Information,
                        tr("Sending a test email to %1…").arg(to.trimmed()));
        QMetaObject::invokeMethod(
            m_editor,
            [editor = m_editor, token, id, to = to.trimmed()] {
                editor->testSend(token, id, to, QString());
            },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void SendersPanel::editImapSelected() {
    const SenderAccount* sender = selected();
    if (!sender)
        return;
    auto* dialog = new ImapDialog(sender->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const ImapAccount* mailbox = m_model->mailboxOf(sender->id))
        dialog->setMailbox(*mailbox);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const quint64 token = track(Request::Save);
        QMetaObject::invokeMethod(
            m_editor,
            [editor = m_editor, token, mailbox = dialog->mailbox(), password = dialog->password(),
             reason = dialog->reason()] { editor->saveImap(token, mailbox, password, reason); },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void SendersPanel::testImapSelected() {
    const SenderAccount* sender = selected();
    if (!sender || !m_model->mailboxOf(sender->id))
        return;
    const quint64 token = track(Request::Test);
    m_message->show(MessageBar::Kind::Information,
                    tr("Connecting to the IMAP mailbox of %1…").arg(sender->fromAddress));
    QMetaObject::invokeMethod(
        m_editor,
        [editor = m_editor, token, id = sender->id] { editor->testImap(token, id, QString()); },
        Qt::QueuedConnection);
}

void SendersPanel::removeImapSelected() {
    const SenderAccount* sender = selected();
    if (!sender || !m_model->mailboxOf(sender->id))
        return;
    auto* ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("removeImapDialog"));
    ask->setWindowTitle(tr("Remove IMAP mailbox"));
    ask->setLabelText(tr("Stop checking the mailbox of %1 for replies and forget its settings?"
                         "\n\nReason (optional, kept in the audit log):")
                          .arg(sender->fromAddress));
    ask->setOkButtonText(tr("Remove"));
    const qint64 id = sender->id;
    connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString& reason) {
        const quint64 token = track(Request::Save);
        QMetaObject::invokeMethod(
            m_editor,
            [editor = m_editor, token, id, reason = reason.trimmed()] {
                editor->removeImap(token, id, reason);
            },
            Qt::QueuedConnection);
    });
    ask->open();
}

void SendersPanel::updateControls() {
    const SenderAccount* sender = selected();
    bool testing = false;
    for (Request kind : std::as_const(m_pending))
        testing = testing || kind == Request::Test;
    m_add->setEnabled(m_users->userId().has_value());
    m_edit->setEnabled(sender);
    m_imap->setEnabled(sender);
    // One test at a time: a second click while a slow server answers would only queue up.
    m_test->setEnabled(sender && !testing);
    m_imapTest->setEnabled(sender && !testing && m_model->mailboxOf(sender->id));
    m_imapRemove->setEnabled(sender && m_model->mailboxOf(sender->id));
}

} // namespace outreach::ui
