#pragma once

#include "core/Result.h"
#include "mail/EmailAddress.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace outreach {

// The per-message unsubscribe handles of List-Unsubscribe (RFC 2369, RFC 8058).
//
// Each message gets a random token (128 bits, 26 base32 characters) that is also the left
// part of its Message-ID, so the outbox row that carried it is found by its message_id. The
// mailto form writes to the sender's own mailbox (the one the reply checker reads), with the
// token as a sub-address: `jane+unsubscribe-<token>@agency.example`; when the local part
// cannot take a sub-address (quoted, or too long) it is `unsubscribe-<token>@agency.example`.
// The https form comes from the agency's template, e.g.
// `https://unsubscribe.agency.example/u/{token}`.
class UnsubscribeLink {
public:
    static QString newToken();
    static bool isToken(const QString& text);

    static Result<mail::EmailAddress> mailtoFor(const mail::EmailAddress& sender,
                                                const QString& token);
    // An empty URL when the template is empty.
    static QUrl urlFor(const QString& urlTemplate, const QString& token);
    static Status validateUrlTemplate(const QString& field, const QString& urlTemplate);

    // The token in an unsubscribe address written by mailtoFor(), for the mailbox reader.
    static std::optional<QString> tokenFromAddress(const QString& address);

    static inline const QString kPlaceholder = QStringLiteral("{token}");
};

} // namespace outreach
