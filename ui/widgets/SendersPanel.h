#pragma once

#include "data/SettingsMetaTypes.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTableView;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class MessageBar;
class SenderEditor;
class SendersModel;
class UserPicker;

// The Settings page's "Sender accounts" tab: one user's accounts, adding and editing them,
// a test email to any address and the IMAP mailbox with its connection test. All work is
// done by the SenderEditor on the editor thread; a test that waits for a slow server leaves
// the console responsive and shows its outcome here when it arrives.
class SendersPanel final : public QWidget {
    Q_OBJECT
public:
    SendersPanel(Engine* engine, SenderEditor* editor, QWidget* parent = nullptr);

    void reload();
    bool selectSender(qint64 senderId);
    // Open their dialogs (object names senderDialog, testSendDialog, imapDialog).
    void addSender();
    void editSelected();
    void sendTestSelected();
    void editImapSelected();
    void testImapSelected();   // no dialog: the check starts at once
    void removeImapSelected(); // asks first (object name removeImapDialog)

    UserPicker* userPicker() const { return m_users; }
    SendersModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_message; }
    bool isBusy() const { return !m_pending.isEmpty(); }

private:
    enum class Request { Load, Save, Test };
    quint64 track(Request kind);
    const SenderAccount* selected() const;
    // The add and edit dialog; `existing` null adds a new account for the chosen user.
    void openSenderDialog(const SenderAccount* existing);
    void onLoaded(quint64 token, qint64 userId, const QList<outreach::SenderAccount>& senders,
                  const QList<outreach::ImapAccount>& mailboxes);
    void onAnswer(quint64 token, bool ok, const QString& message);
    void updateControls();

    Engine* m_engine;
    SenderEditor* m_editor;
    UserPicker* m_users;
    MessageBar* m_message;
    SendersModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_test;
    QPushButton* m_imap;
    QPushButton* m_imapTest;
    QPushButton* m_imapRemove;
    QHash<quint64, Request> m_pending;
    quint64 m_loadToken = 0;
};

} // namespace outreach::ui
