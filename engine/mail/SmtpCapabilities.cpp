#include "SmtpCapabilities.h"

namespace outreach::mail {

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply& reply) {
    SmtpCapabilities caps;
    // The first line is the server's name; each further line is one extension.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QStringList words =
            QString::fromLatin1(reply.lines[i]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QString keyword = words.takeFirst().toUpper();
        if (keyword.startsWith(QLatin1String("AUTH="))) { // pre-RFC 4954 servers
            words.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        caps.extensions << keyword;
        if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("SIZE")) {
            caps.sizeOffered = true;
            caps.sizeLimit = words.isEmpty() ? 0 : words.first().toLongLong();
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString& mechanism : std::as_const(words))
                caps.authMechanisms << mechanism.toUpper();
        }
    }
    return caps;
}

} // namespace outreach::mail
