#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace outreach::mail {

// One mailbox, parsed once and used for both the message header and the SMTP envelope, so the
// two can never disagree about where a message goes (a quoted local part containing '@' cannot
// move the destination domain).
//
// Accepted forms: `local@domain`, `Display Name <local@domain>`, `"Quoted, Name" <local@domain>`,
// `<local@domain>`, quoted local parts (`"john doe"@example.com`) and internationalized domains
// (kept as given; envelope and header use the ASCII-compatible form). Rejected: control
// characters anywhere (CR, LF, NUL, TAB, DEL, C1), comments, lists of addresses, domain
// literals, non-ASCII local parts (SMTPUTF8 is not used), a local part over 64 octets and an
// address over 254 octets.
class EmailAddress {
public:
    EmailAddress() = default;

    static Result<EmailAddress> parse(const QString& field, const QString& text);

    // The same mailbox with another display name, e.g. a lead's name from its own column.
    Result<EmailAddress> withDisplayName(const QString& field, const QString& name) const;

    bool isNull() const { return m_domain.isEmpty(); }
    const QString& displayName() const { return m_displayName; }
    // The local part as written on the wire: a dot-atom, or a quoted string with its quotes.
    const QString& localPart() const { return m_localPart; }
    const QString& domain() const { return m_domain; }           // as given, possibly Unicode
    const QString& asciiDomain() const { return m_asciiDomain; } // IDNA "xn--" form
    QString addrSpec() const { return m_localPart + QLatin1Char('@') + m_domain; }

    // `local@ascii-domain` for MAIL FROM:<...> and RCPT TO:<...>. Always printable ASCII.
    QByteArray envelope() const;
    // `Name <local@ascii-domain>` for From/To: the name quoted or RFC 2047-encoded as needed.
    // One line, printable ASCII; the header writer folds it at its spaces.
    QByteArray headerValue() const;
    // For comparing addresses (suppression, dedupe): the domain lower-cased, the local part
    // as written (RFC 5321 leaves its case to the receiving server).
    QString canonical() const;

    bool operator==(const EmailAddress& other) const = default;

private:
    QString m_displayName;
    QString m_localPart;
    QString m_domain;
    QString m_asciiDomain;
};

} // namespace outreach::mail
