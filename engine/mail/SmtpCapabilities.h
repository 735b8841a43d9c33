#pragma once

#include "mail/SmtpReplyReader.h"

#include <QStringList>

namespace outreach::mail {

// What a server offered in its EHLO reply (RFC 5321 4.1.1.1 and the extensions' RFCs).
struct SmtpCapabilities {
    QStringList extensions;     // keywords, upper case
    QStringList authMechanisms; // upper case
    bool pipelining = false;
    bool sizeOffered = false;
    qint64 sizeLimit = 0; // 0: no limit announced
    bool startTls = false;

    static SmtpCapabilities fromEhlo(const SmtpReply& reply);
};

} // namespace outreach::mail
