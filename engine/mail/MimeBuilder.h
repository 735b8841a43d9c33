#pragma once

#include "core/Result.h"
#include "mail/EmailAddress.h"
#include "mail/MimeMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace outreach::mail {

// Builds one outgoing message (RFC 5322, MIME per RFC 2045/2047):
//   Date (C locale), From, To, Reply-To, Subject (encoded words when needed), Message-ID
//   `<unique@sender-domain>`, MIME-Version, List-Unsubscribe (mailto and https forms) with
//   List-Unsubscribe-Post (RFC 8058, only with an https URL), then a quoted-printable
//   text/plain part, or multipart/alternative when an HTML body is set.
// The footer (the sender's postal address, CAN-SPAM) and the unsubscribe link are appended to
// both bodies. Any header value holding CR, LF, NUL or another control character is refused
// by build() with an error naming the field, so no input can add a header.
class MimeBuilder {
public:
    MimeBuilder& setFrom(const EmailAddress& from);
    MimeBuilder& setTo(const EmailAddress& to);
    MimeBuilder& setReplyTo(const EmailAddress& replyTo);
    MimeBuilder& setSubject(const QString& subject);
    MimeBuilder& setTextBody(const QString& text);
    MimeBuilder& setHtmlBody(const QString& html);
    MimeBuilder& setFooter(const QString& footer);
    // Either part may be null/empty, not both. The https URL must be https.
    MimeBuilder& setUnsubscribe(const EmailAddress& mailto, const QUrl& oneClickUrl);
    // Defaults to the current time; pass the engine clock's time for reproducible messages.
    MimeBuilder& setDate(const QDateTime& date);
    // The part before '@' of the Message-ID (a dot-atom); defaults to a random UUID.
    MimeBuilder& setMessageIdLeft(const QString& left);
    // An extra header such as X-Outreach-Email-Id; names of headers set above are refused.
    MimeBuilder& addHeader(const QByteArray& name, const QString& value);

    Result<MimeMessage> build() const;

    // "Fri, 04 Dec 2026 15:00:00 +0100": English names whatever the process locale is.
    static QByteArray formatDate(const QDateTime& date);

private:
    Result<QByteArray> headers(const QString& messageId, const QByteArray& contentHeaders) const;
    QString textWithFooter() const;
    QString htmlWithFooter() const;

    EmailAddress m_from;
    EmailAddress m_to;
    EmailAddress m_replyTo;
    QString m_subject;
    QString m_text;
    QString m_html;
    QString m_footer;
    EmailAddress m_unsubscribeMailto;
    QUrl m_unsubscribeUrl;
    bool m_unsubscribeSet = false;
    QDateTime m_date;
    QString m_messageIdLeft;
    QList<QPair<QByteArray, QString>> m_extraHeaders;
};

} // namespace outreach::mail
