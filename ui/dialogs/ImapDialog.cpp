#include "dialogs/ImapDialog.h"

#include "admin/ImapAccountSetup.h"
#include "admin/SenderAccountSetup.h"
#include "core/SecretStore.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace outreach::ui {

ImapDialog::ImapDialog(qint64 senderId, QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit), m_port(new QSpinBox), m_tls(new QComboBox),
      m_username(new QLineEdit), m_mailbox(new QLineEdit(QStringLiteral("INBOX"))),
      m_password(new QLineEdit), m_passwordEnv(new QLineEdit), m_caCert(new QLineEdit),
      m_trustSelfSigned(new QCheckBox(tr("Trust a self-signed certificate"))),
      m_plaintext(new QCheckBox(tr("Allow login without encryption"))),
      m_enabled(new QCheckBox(tr("Check this mailbox for replies"))), m_reason(new QLineEdit),
      m_error(new MessageBar) {
    m_account.senderAccountId = senderId;
    setObjectName(QStringLiteral("imapDialog"));
    setWindowTitle(tr("IMAP mailbox of sender %1").arg(senderId));
    m_host->setObjectName(QStringLiteral("imapHost"));
    m_port->setObjectName(QStringLiteral("imapPort"));
    m_tls->setObjectName(QStringLiteral("imapTls"));
    m_username->setObjectName(QStringLiteral("imapUsername"));
    m_mailbox->setObjectName(QStringLiteral("imapMailbox"));
    m_password->setObjectName(QStringLiteral("imapPassword"));
    m_passwordEnv->setObjectName(QStringLiteral("imapPasswordEnv"));
    m_caCert->setObjectName(QStringLiteral("imapCaCert"));
    m_trustSelfSigned->setObjectName(QStringLiteral("imapTrustSelfSigned"));
    m_plaintext->setObjectName(QStringLiteral("imapAllowPlaintext"));
    m_enabled->setObjectName(QStringLiteral("imapEnabled"));
    m_error->setObjectName(QStringLiteral("imapError"));

    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_tls->addItem(tr("Implicit TLS"), QStringLiteral("implicit"));
    m_tls->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_tls->addItem(tr("None (plain)"), QStringLiteral("none"));
    // The usual port follows the encryption until the admin picks another one.
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this] {
        if (m_port->value() == 993 || m_port->value() == 143)
            m_port->setValue(m_tls->currentData() == QLatin1String("implicit") ? 993 : 143);
    });
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: the account's SMTP password"));
    m_passwordEnv->setPlaceholderText(tr("e.g. IMAP_PASSWORD (read at check time)"));
    m_caCert->setPlaceholderText(tr("PEM file with the server's CA (optional)"));
    m_enabled->setChecked(true);
    if (!SecretStore::keychainAvailable()) {
        m_password->setEnabled(false);
        m_password->setPlaceholderText(tr("no keychain in this session"));
        m_password->setToolTip(tr("This session has no keychain. Name an environment variable "
                                  "that holds the password, or leave both empty to use the "
                                  "account's SMTP password."));
    }
    m_reason->setPlaceholderText(tr("optional, kept in the audit log"));

    auto* form = new QFormLayout;
    form->addRow(tr("IMAP &host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("User&name:"), m_username);
    form->addRow(tr("&Mailbox:"), m_mailbox);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Password &variable:"), m_passwordEnv);
    form->addRow(tr("&CA certificate:"), m_caCert);
    form->addRow(QString(), m_trustSelfSigned);
    form->addRow(QString(), m_plaintext);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImapDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImapDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ImapDialog::setMailbox(const ImapAccount& account) {
    m_account = account;
    {
        const QSignalBlocker quiet(m_tls);
        m_tls->setCurrentIndex(std::max(0, m_tls->findData(account.tlsMode)));
    }
    m_host->setText(account.host);
    m_port->setValue(account.port);
    m_username->setText(account.username);
    m_mailbox->setText(account.mailbox);
    m_passwordEnv->setText(account.passwordEnv);
    m_caCert->setText(account.caCertificatePath);
    m_trustSelfSigned->setChecked(account.trustSelfSigned);
    m_plaintext->setChecked(account.allowPlaintextAuth);
    m_enabled->setChecked(account.enabled);
    if (m_password->isEnabled() && account.secretInKeychain)
        m_password->setPlaceholderText(tr("stored in the keychain; type to replace"));
}

QString ImapDialog::password() const {
    return m_password->text();
}

QString ImapDialog::reason() const {
    return m_reason->text().trimmed();
}

QString ImapDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

Status ImapDialog::check() {
    ImapAccount draft = m_account;
    draft.host = m_host->text().trimmed();
    draft.port = m_port->value();
    draft.tlsMode = m_tls->currentData().toString();
    draft.username = m_username->text().trimmed();
    draft.mailbox = m_mailbox->text().trimmed();
    draft.passwordEnv = m_passwordEnv->text().trimmed();
    draft.caCertificatePath = m_caCert->text().trimmed();
    draft.trustSelfSigned = m_trustSelfSigned->isChecked();
    draft.allowPlaintextAuth = m_plaintext->isChecked();
    draft.enabled = m_enabled->isChecked();
    // As `senders imap`: no password of its own means the SMTP one. A password already in
    // the keychain stays in use unless a variable is named instead.
    const bool ownSecret = !m_password->text().isEmpty() || !draft.passwordEnv.isEmpty() ||
                           (draft.secretInKeychain && !draft.useSmtpSecret);
    draft.useSmtpSecret = !ownSecret;
    if (Status valid = ImapAccountSetup::validate(draft); !valid)
        return valid;
    if (!draft.passwordEnv.isEmpty())
        if (Status ok = SenderAccountSetup::checkEnvName(
                QStringLiteral("passwordEnv"), tr("password variable"), draft.passwordEnv);
            !ok)
            return ok;
    m_account = draft;
    return Status::success();
}

void ImapDialog::accept() {
    if (Status ok = check(); !ok) {
        m_error->show(MessageBar::Kind::Error, ok.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace outreach::ui
