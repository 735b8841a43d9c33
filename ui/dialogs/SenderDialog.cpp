#include "dialogs/SenderDialog.h"

#include "admin/SenderAccountSetup.h"
#include "core/SecretStore.h"
#include "mail/EmailAddress.h"
#include "mail/SmtpSettings.h"
#include "mail/SmtpUrl.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace outreach::ui {

SenderDialog::SenderDialog(QWidget* parent)
    : QDialog(parent), m_from(new QLineEdit), m_url(new QLineEdit), m_host(new QLineEdit),
      m_port(new QSpinBox), m_tls(new QComboBox), m_username(new QLineEdit),
      m_password(new QLineEdit), m_passwordEnv(new QLineEdit), m_dailyCap(new QSpinBox),
      m_postal(new QLineEdit), m_trustSelfSigned(new QCheckBox(tr("Trust a self-signed "
                                                                  "certificate"))),
      m_plaintext(new QCheckBox(tr("Allow login without encryption"))), m_reason(new QLineEdit),
      m_error(new MessageBar) {
    setObjectName(QStringLiteral("senderDialog"));
    setWindowTitle(tr("Add sender account"));
    m_from->setObjectName(QStringLiteral("senderFrom"));
    m_url->setObjectName(QStringLiteral("senderSmtpUrl"));
    m_host->setObjectName(QStringLiteral("senderHost"));
    m_port->setObjectName(QStringLiteral("senderPort"));
    m_tls->setObjectName(QStringLiteral("senderTls"));
    m_username->setObjectName(QStringLiteral("senderUsername"));
    m_password->setObjectName(QStringLiteral("senderPassword"));
    m_passwordEnv->setObjectName(QStringLiteral("senderPasswordEnv"));
    m_dailyCap->setObjectName(QStringLiteral("senderDailyCap"));
    m_trustSelfSigned->setObjectName(QStringLiteral("senderTrustSelfSigned"));
    m_plaintext->setObjectName(QStringLiteral("senderAllowPlaintext"));
    m_error->setObjectName(QStringLiteral("senderError"));

    m_from->setPlaceholderText(tr("Jane Doe <jane@agency.example>"));
    m_url->setPlaceholderText(tr("smtp://user@host:587?tls=starttls (optional, instead of the "
                                 "fields below)"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_tls->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_tls->addItem(tr("Implicit TLS"), QStringLiteral("implicit"));
    m_tls->addItem(tr("None (plain)"), QStringLiteral("none"));
    m_password->setEchoMode(QLineEdit::Password);
    m_dailyCap->setRange(0, 1'000'000);
    m_dailyCap->setValue(500);
    m_dailyCap->setSpecialValueText(tr("no cap"));
    m_passwordEnv->setPlaceholderText(tr("e.g. SMTP_PASSWORD (read at send time)"));
    if (!SecretStore::keychainAvailable()) {
        // Nowhere safe to keep a typed password: say so instead of silently dropping it.
        m_password->setEnabled(false);
        m_password->setPlaceholderText(tr("no keychain in this session"));
        m_password->setToolTip(tr("This session has no keychain (no desktop session, or "
                                  "OUTREACH_KEYCHAIN=off). Put the password in an environment "
                                  "variable and name it below."));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("SMTP &URL:"), m_url);
    form->addRow(tr("SMTP &host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("User&name:"), m_username);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Password &variable:"), m_passwordEnv);
    form->addRow(tr("&Daily cap:"), m_dailyCap);
    form->addRow(tr("Postal &address:"), m_postal);
    form->addRow(QString(), m_trustSelfSigned);
    form->addRow(QString(), m_plaintext);
    form->addRow(tr("&Reason:"), m_reason);
    m_reason->setPlaceholderText(tr("optional, kept in the audit log"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SenderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SenderDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void SenderDialog::setAccount(const SenderAccount& account) {
    m_account = account;
    setWindowTitle(tr("Edit sender account %1").arg(account.id));
    m_from->setText(account.fromName.isEmpty()
                        ? account.fromAddress
                        : QStringLiteral("%1 <%2>").arg(account.fromName, account.fromAddress));
    m_host->setText(account.smtpHost);
    m_port->setValue(account.smtpPort);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(account.tlsMode)));
    m_username->setText(account.smtpUsername);
    m_passwordEnv->setText(account.passwordEnv);
    m_dailyCap->setValue(account.dailyCap);
    m_postal->setText(account.postalAddress);
    m_trustSelfSigned->setChecked(account.trustSelfSigned);
    m_plaintext->setChecked(account.allowPlaintextAuth);
    if (m_password->isEnabled())
        m_password->setPlaceholderText(
            account.secretInKeychain ? tr("stored in the keychain; type to replace") : QString());
}

QString SenderDialog::password() const {
    return m_password->text();
}

QString SenderDialog::reason() const {
    return m_reason->text().trimmed();
}

QString SenderDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

Status SenderDialog::check() {
    Result<mail::EmailAddress> from =
        mail::EmailAddress::parse(QStringLiteral("from"), m_from->text().trimmed());
    if (!from)
        return from.error();
    SenderAccount account = m_account;
    account.fromName = from->displayName();
    account.fromAddress = from->addrSpec();
    if (!m_url->text().trimmed().isEmpty()) {
        Result<mail::SmtpUrl> url = mail::SmtpUrl::parse(QStringLiteral("smtp"), m_url->text());
        if (!url)
            return url.error();
        account.smtpHost = url->host;
        account.smtpPort = url->port;
        account.tlsMode = url->tlsMode;
        account.smtpUsername = url->username;
    } else {
        account.smtpHost = m_host->text().trimmed();
        account.smtpPort = m_port->value();
        account.tlsMode = m_tls->currentData().toString();
        account.smtpUsername = m_username->text().trimmed();
    }
    account.allowPlaintextAuth = m_plaintext->isChecked();
    account.trustSelfSigned = m_trustSelfSigned->isChecked();
    account.dailyCap = m_dailyCap->value();
    account.postalAddress = m_postal->text().trimmed();
    account.passwordEnv = m_passwordEnv->text().trimmed();
    if (!account.smtpHost.startsWith(QLatin1String("file:"))) {
        // The checks the SMTP client makes before connecting, so a bad host or an unsafe
        // login is refused now rather than at the first send.
        mail::SmtpSettings settings;
        settings.host = account.smtpHost;
        settings.port = quint16(account.smtpPort);
        Result<mail::SmtpSettings::Security> security =
            mail::SmtpSettings::parseSecurity(QStringLiteral("tls"), account.tlsMode);
        if (!security)
            return security.error();
        settings.security = *security;
        settings.username = account.smtpUsername;
        settings.allowPlaintextAuth = account.allowPlaintextAuth;
        if (Status valid = settings.validate(); !valid)
            return valid;
    }
    if (!account.passwordEnv.isEmpty())
        if (Status ok = SenderAccountSetup::checkEnvName(
                QStringLiteral("passwordEnv"), tr("password variable"), account.passwordEnv);
            !ok)
            return ok;
    m_account = account;
    return Status::success();
}

void SenderDialog::accept() {
    if (Status ok = check(); !ok) {
        m_error->show(MessageBar::Kind::Error, ok.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace outreach::ui
