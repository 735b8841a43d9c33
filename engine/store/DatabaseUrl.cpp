#include "store/DatabaseUrl.h"

#include <QUrl>

namespace outreach {

DatabaseUrl DatabaseUrl::sqlite(const QString& path) {
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = path;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& field, const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path and sqlite://rel both mean a file path
        if (path.isEmpty())
            return Error::badInput(field, QStringLiteral("%1: sqlite URL needs a file path, "
                                                         "e.g. sqlite:/home/me/outreach.db")
                                              .arg(field));
        return sqlite(path);
    }
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString database = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || database.isEmpty() ||
            database.contains(QLatin1Char('/')))
            return Error::badInput(field, QStringLiteral("%1: '%2' is not a PostgreSQL URL of the "
                                                         "form postgresql://user@host:port/db")
                                              .arg(field, DatabaseUrl::redactUserInfo(trimmed)));
        DatabaseUrl parsed;
        parsed.m_backend = Backend::Postgres;
        parsed.m_host = url.host();
        parsed.m_port = url.port(5432);
        parsed.m_user = url.userName();
        parsed.m_password = url.password();
        parsed.m_database = database;
        return parsed;
    }
    return Error::badInput(field, QStringLiteral("%1: '%2' is neither sqlite:PATH nor "
                                                 "postgresql://user@host:port/db")
                                      .arg(field, DatabaseUrl::redactUserInfo(trimmed)));
}

QString DatabaseUrl::redactUserInfo(const QString& text) {
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (at < 0 || scheme < 0 || at < scheme)
        return text;
    const QString userInfo = text.mid(scheme + 3, at - scheme - 3);
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return text;
    return text.left(scheme + 3) + userInfo.left(colon) + QStringLiteral(":***") + text.mid(at);
}

QString DatabaseUrl::redacted() const {
    if (isSqlite())
        return QStringLiteral("sqlite:") + m_path;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_user, m_host, QString::number(m_port), m_database);
}

} // namespace outreach
