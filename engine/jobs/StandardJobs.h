#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace outreach {

// The product's jobs (SPEC §4 plus reply-checker) with their default schedules and the
// seed's pacing between users. A job class takes its defaults from here by name (see
// StandardJob), so the catalogue is the one place they are written down.
class StandardJobs {
public:
    struct Entry {
        QString name;
        QString description;
        QString schedule;
        qint64 pacingMs = 0;
        qint64 graceMs = 0;
    };

    static const QList<Entry>& all();
    static std::optional<Entry> find(const QString& name);

    static inline const QString kDailyLeadGeneration = QStringLiteral("daily-lead-generation");
    static inline const QString kDailyOutreach = QStringLiteral("daily-outreach");
    static inline const QString kFollowUpChecker = QStringLiteral("follow-up-checker");
    static inline const QString kScheduledCampaigns = QStringLiteral("scheduled-campaigns");
    static inline const QString kSendCampaignEmails = QStringLiteral("send-campaign-emails");
    static inline const QString kApiPerformanceReport = QStringLiteral("api-performance-report");
    static inline const QString kReplyChecker = QStringLiteral("reply-checker");
};

} // namespace outreach
