#include "logging/LogRedactor.h"

#include <QRegularExpression>

namespace outreach {

QString LogRedactor::redact(const QString& message) {
    static const QRegularExpression patterns[] = {
        // scheme://user:secret@host
        QRegularExpression(QStringLiteral("(\\b[a-z][a-z0-9+.-]*://[^/\\s:@]*:)[^@\\s/]+(@)"),
                           QRegularExpression::CaseInsensitiveOption),
        // Bearer xyz (alone or in an Authorization header) / Authorization: Basic xyz
        QRegularExpression(QStringLiteral("(\\bbearer\\s+|\\bauthorization:\\s*basic\\s+)"
                                          "[A-Za-z0-9._~+/=-]+"),
                           QRegularExpression::CaseInsensitiveOption),
        // AUTH PLAIN <base64> / AUTH LOGIN <base64>
        QRegularExpression(QStringLiteral("(\\bAUTH\\s+(?:PLAIN|LOGIN|XOAUTH2)\\s+)\\S+"),
                           QRegularExpression::CaseInsensitiveOption),
        // password=..., api_key: ..., "secret": "...", token=...
        QRegularExpression(
            QStringLiteral("(\\b(?:password|passwd|pwd|pass|secret|token|api[_-]?key|apikey|"
                           "access[_-]?key|client[_-]?secret)\\b\"?\\s*[:=]\\s*\"?)[^\\s\",;&]+"),
            QRegularExpression::CaseInsensitiveOption),
    };
    QString text = message;
    for (const QRegularExpression& pattern : patterns)
        text.replace(pattern, QStringLiteral("\\1") + QLatin1String(kMask) +
                                  (pattern.captureCount() > 1 ? QStringLiteral("\\2") : QString()));
    return text;
}

} // namespace outreach
