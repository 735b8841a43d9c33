#include "imap/ImapUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace outreach::imap {

Result<ImapUrl> ImapUrl::parse(const QString& field, const QString& text) {
    auto bad = [&](const QString& why) {
        return Error::badInput(field,
                               QStringLiteral("%1: '%2' %3; expected imaps://user@host[:993] or "
                                              "imap://user@host[:143][?tls=starttls|none]")
                                   .arg(field, text, why));
    };
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return bad(QStringLiteral("contains a control character"));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return bad(QStringLiteral("is not a valid URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("imap") && scheme != QLatin1String("imaps"))
        return bad(QStringLiteral("does not start with imap:// or imaps://"));
    if (url.host().isEmpty())
        return bad(QStringLiteral("has no host"));
    if (url.userName().isEmpty())
        return bad(QStringLiteral("has no user name"));
    if (!url.password().isEmpty())
        return bad(QStringLiteral("contains a password (use --password-env)"));

    ImapUrl parsed;
    parsed.host = url.host();
    parsed.username = url.userName(QUrl::FullyDecoded);
    parsed.tlsMode =
        scheme == QLatin1String("imaps") ? QStringLiteral("implicit") : QStringLiteral("starttls");
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.size() > 1)
        parsed.mailbox = path.mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems()) {
        if (key != QLatin1String("tls"))
            return bad(QStringLiteral("has an unknown parameter '%1'").arg(key));
        if (value != QLatin1String("none") && value != QLatin1String("starttls") &&
            value != QLatin1String("implicit"))
            return bad(QStringLiteral("has tls=%1").arg(value));
        parsed.tlsMode = value;
    }
    parsed.port = url.port(parsed.tlsMode == QLatin1String("implicit") ? 993 : 143);
    if (parsed.port < 1 || parsed.port > 65535)
        return bad(QStringLiteral("has a port outside 1-65535"));
    return parsed;
}

} // namespace outreach::imap
