#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// One log line with the context the runner attached (job, run, user id, user email).
struct LogRecord {
    qint64 id = 0;   // 0 until stored
    qint64 at = 0;   // UTC ms, from the engine's clock
    QString level{}; // trace | debug | info | warning | error | critical
    QString job{};
    std::optional<qint64> runId{};
    std::optional<qint64> userId{};
    QString userEmail{};
    QString message{};

    QJsonObject toJson() const;

    // Levels from least to most severe; the index orders them.
    static const QStringList& levels();
    // Accepts the names above plus "warn" and "err"; empty when unknown.
    static QString normaliseLevel(const QString& name);
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::LogRecord)
