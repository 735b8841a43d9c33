#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach::imap {

// `imaps://user@host[:993]` (implicit TLS) or `imap://user@host[:143][?tls=starttls|none]`
// (STARTTLS unless told otherwise). A login containing '@' is written %40
// (`imaps://jane%40agency.example@imap.agency.example`). An optional path names the mailbox
// (`/INBOX` is the default).
struct ImapUrl {
    QString host;
    int port = 993;
    QString username;
    QString tlsMode = QStringLiteral("implicit");
    QString mailbox = QStringLiteral("INBOX");

    static Result<ImapUrl> parse(const QString& field, const QString& text);
};

} // namespace outreach::imap
