#pragma once

#include "mail/EmailAddress.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace outreach::mail {

// A finished message: the RFC 5322 bytes (CRLF line ends, 7-bit, not dot-stuffed) plus the
// envelope it travels in. Built only by MimeBuilder, so every instance passed its checks.
class MimeMessage {
public:
    MimeMessage() = default;

    const QByteArray& data() const { return m_data; }
    qsizetype size() const { return m_data.size(); }
    const QString& messageId() const { return m_messageId; } // "<left@domain>", brackets included
    const EmailAddress& sender() const { return m_sender; }
    const EmailAddress& recipient() const { return m_recipient; }

private:
    friend class MimeBuilder;
    MimeMessage(QByteArray data, QString messageId, EmailAddress sender, EmailAddress recipient);

    QByteArray m_data;
    QString m_messageId;
    EmailAddress m_sender;
    EmailAddress m_recipient;
};

} // namespace outreach::mail

Q_DECLARE_METATYPE(outreach::mail::MimeMessage)
