#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach::mail {

// `smtp://[user@]host:port[?tls=none|starttls|implicit]` (also `smtps://`, implicit TLS), or
// `file:///absolute/folder`: an account whose mail is written there as .eml files instead of
// being sent (demo workspaces, dry runs). A file account keeps the URL as its host.
struct SmtpUrl {
    QString host;
    int port = 587;
    QString username;
    QString tlsMode = QStringLiteral("starttls");

    static Result<SmtpUrl> parse(const QString& field, const QString& text);
};

} // namespace outreach::mail
