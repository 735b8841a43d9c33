#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace outreach {
struct QuotaUsage;
}

namespace outreach::ui {

// How the console shows engine values to people: local times in the user's locale, durations,
// and translated names for the engine's status words (which stay English in the database,
// logs and CLI).
class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString dateTime(qint64 utcMs); // local time, short locale format with seconds
    static QString dateTime(const std::optional<qint64>& utcMs);
    static QString duration(qint64 ms); // "850 ms", "12 s", "3 min 5 s", "2 h 4 min"
    static QString relative(qint64 utcMs, qint64 nowMs); // "in 5 min", "3 h ago"
    static QString runStatus(const QString& status);
    static QString userOutcome(const QString& status);
    static QString userStatus(const QString& status);
    static QString outboxStatus(const QString& status); // pending, sending, sent, ...
    static QString outboxKind(const QString& kind);     // initial, followup1, followup2, test
    static QString trigger(const QString& trigger);
    static QString level(const QString& level);
    static QString runUsers(int done, int failed, int skipped, int total);
    // "Monthly lead quota", or the source's own label ("sample #3", "http-json #1 (host)").
    static QString quotaLabel(const QuotaUsage& usage);
};

} // namespace outreach::ui
