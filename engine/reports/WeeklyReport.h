#pragma once

#include "model/QuotaUsage.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace outreach {

// One user's figures for one ISO week (SPEC §4 job 6). Stored as JSON in weekly_reports.data;
// toJson() is the stable shape that `report weekly --json`, the console and exports read
// (schema 1; fields are only ever added).
//
// Counts are of what happened in the week (the user's zone): leads added, leads that reached
// contacted / replied / converted, calls made. A lead added last week and converted this week
// counts as this week's conversion. Quotas are as of the end of the week (or now, for the
// current week), over the UTC quota month.
//
// Quality grade, from the share of returned leads that were valid (validRatio):
//   A >= 90%, B >= 75%, C >= 60%, D >= 40%, F below; "n/a" when no lead was returned.
// Cost per lead is the API cost over the leads the sources added (imports cost nothing and
// are left out); cost per conversion is the API cost over the week's conversions. Both are
// null when their divisor is 0. Money and ratios are rounded to 4 decimals.
struct WeeklyReport {
    static constexpr int schemaVersion = 1;

    struct SourceLine {
        std::optional<qint64> sourceId{}; // empty: calls of sources deleted since
        QString kind{};
        QString label{};
        qint64 calls = 0;
        qint64 failed = 0;
        qint64 leadsReturned = 0;
        qint64 leadsValid = 0;
        qint64 leadsInserted = 0;
        qint64 conversions = 0;
        double cost = 0.0;
        std::optional<double> validRatio{};
        std::optional<double> costPerLead{};
        std::optional<qint64> averageDurationMs{};
    };

    qint64 userId = 0;
    QString userEmail{};
    QString userName{};
    QString timeZone{};
    QString week{}; // 2026-W49
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 computedAt = 0;

    // leads added in the week
    qint64 leadsGenerated = 0;
    qint64 leadsFromSources = 0;
    qint64 leadsOtherOrigins = 0; // imports and manual additions
    qint64 hot = 0;
    qint64 warm = 0;
    qint64 cold = 0;
    std::optional<double> averageScore{};

    // API calls made in the week
    qint64 calls = 0;
    qint64 callsFailed = 0;
    qint64 leadsReturned = 0;
    qint64 leadsValid = 0;
    qint64 leadsInserted = 0;
    double cost = 0.0;
    std::optional<qint64> averageDurationMs{};
    std::optional<double> validRatio{};
    QString grade{};

    // funnel: generated (= leadsGenerated) -> contacted -> replied -> converted
    qint64 contacted = 0;
    qint64 replied = 0;
    qint64 conversions = 0;
    std::optional<double> costPerLead{};
    std::optional<double> costPerConversion{};

    QList<SourceLine> sources{};

    QString quotaMonth{};
    qint64 quotaAsOf = 0;
    QList<QuotaUsage> quotas{};
    bool quotaWarning = false;
    QStringList warnings{};

    static QString gradeFor(std::optional<double> validRatio);
    QJsonObject toJson() const;
    static WeeklyReport fromJson(const QJsonObject& object);
};

} // namespace outreach
