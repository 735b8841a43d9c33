#pragma once

#include "core/Result.h"
#include "model/SenderAccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace outreach::ui {

class MessageBar;

// Adds or edits one sender account: From, the SMTP server as fields or as an smtp:// URL
// (the URL wins when given), TLS mode, login, daily cap. The password goes to the keychain;
// on a machine without one (OUTREACH_KEYCHAIN=off, no desktop session) the dialog asks for
// the name of an environment variable instead, as `outreachctl senders add --password-env`.
// OK checks everything with the rules `senders add` uses and keeps the dialog open, naming
// the field, while something is wrong.
class SenderDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SenderDialog(QWidget* parent = nullptr);

    void setAccount(const SenderAccount& account);      // edit this account (keeps id and user)
    SenderAccount account() const { return m_account; } // valid after accept
    QString password() const;
    QString reason() const;
    QString errorText() const;

    void accept() override;

private:
    Status check();

    SenderAccount m_account;
    QLineEdit* m_from;
    QLineEdit* m_url;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_tls;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_passwordEnv;
    QSpinBox* m_dailyCap;
    QLineEdit* m_postal;
    QCheckBox* m_trustSelfSigned;
    QCheckBox* m_plaintext;
    QLineEdit* m_reason;
    MessageBar* m_error;
};

} // namespace outreach::ui
