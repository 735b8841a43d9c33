#include "mail/SmtpUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace outreach::mail {

Result<SmtpUrl> SmtpUrl::parse(const QString& field, const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    auto bad = [&](const QString& why) {
        return Error::badInput(
            field,
            QStringLiteral("%1: '%2' %3; expected "
                           "smtp://[user@]host:port[?tls=none|starttls|implicit] or file:///folder")
                .arg(field, text, why));
    };
    if (!url.isValid())
        return bad(QStringLiteral("is not a valid URL"));
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return bad(QStringLiteral("contains a control character"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("file")) {
        const QString dir = url.toLocalFile();
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(dir) || url.hasQuery())
            return bad(QStringLiteral("is not a file:///absolute/folder URL"));
        SmtpUrl parsed;
        parsed.host = QUrl::fromLocalFile(QDir::cleanPath(dir)).toString();
        parsed.port = 25; // unused: nothing connects anywhere
        parsed.tlsMode = QStringLiteral("none");
        return parsed;
    }
    if (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))
        return bad(QStringLiteral("does not start with smtp:// or file:///"));
    if (url.host().isEmpty())
        return bad(QStringLiteral("has no host"));
    if (!url.password().isEmpty())
        return bad(QStringLiteral("contains a password (use --password-env)"));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return bad(QStringLiteral("has a path"));

    SmtpUrl parsed;
    parsed.host = url.host();
    parsed.username = url.userName();
    parsed.tlsMode =
        scheme == QLatin1String("smtps") ? QStringLiteral("implicit") : QStringLiteral("starttls");
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems()) {
        if (key != QLatin1String("tls"))
            return bad(QStringLiteral("has an unknown parameter '%1'").arg(key));
        if (value != QLatin1String("none") && value != QLatin1String("starttls") &&
            value != QLatin1String("implicit"))
            return bad(QStringLiteral("has tls=%1").arg(value));
        parsed.tlsMode = value;
    }
    const int defaultPort = parsed.tlsMode == QLatin1String("implicit") ? 465
                            : parsed.tlsMode == QLatin1String("none")   ? 25
                                                                        : 587;
    parsed.port = url.port(defaultPort);
    if (parsed.port < 1 || parsed.port > 65535)
        return bad(QStringLiteral("has a port outside 1-65535"));
    return parsed;
}

} // namespace outreach::mail
