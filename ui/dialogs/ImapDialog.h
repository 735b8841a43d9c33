#pragma once

#include "core/Result.h"
#include "model/ImapAccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace outreach::ui {

class MessageBar;

// The IMAP mailbox of one sender account, which the reply checker reads (like
// `outreachctl senders imap`): server, encryption, login, mailbox and where the password is.
// Without a password of its own the login uses the account's SMTP password. "Disabled" keeps
// the settings but stops the checks. OK validates with ImapAccountSetup::validate.
class ImapDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImapDialog(qint64 senderId, QWidget* parent = nullptr);

    void setMailbox(const ImapAccount& account);
    ImapAccount mailbox() const { return m_account; } // valid after accept
    QString password() const;
    QString reason() const;
    QString errorText() const;

    void accept() override;

private:
    Status check();

    ImapAccount m_account;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_tls;
    QLineEdit* m_username;
    QLineEdit* m_mailbox;
    QLineEdit* m_password;
    QLineEdit* m_passwordEnv;
    QLineEdit* m_caCert;
    QCheckBox* m_trustSelfSigned;
    QCheckBox* m_plaintext;
    QCheckBox* m_enabled;
    QLineEdit* m_reason;
    MessageBar* m_error;
};

} // namespace outreach::ui
