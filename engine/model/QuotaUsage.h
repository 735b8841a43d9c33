#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace outreach {

struct LeadSource;

// How much of one monthly quota is used (a source's API calls, or the user's new leads), the
// >= 90% warning, and a forecast of the day it runs out (SPEC §4 job 6, §11).
//
// The month is the UTC quota month (QuotaMonth) containing `asOf`. The warning holds when
// used * 100 >= limit * 90, in whole numbers, so exactly 90% warns and 89.9% does not;
// `percent` is rounded down to one decimal for the same reason (89.99% shows as 89.9, never
// as a 90.0 without a warning). A limit of 0 allows nothing: it counts as used up.
// Forecast: the month-to-date rate (used / time elapsed, at least one day, so the first hours
// of a month do not project wildly) carried forward; the UTC day the quota is reached when
// that falls within the month, none when it lasts the month, none when already used up.
struct QuotaUsage {
    static constexpr int warningPercent = 90;

    QString kind{}; // "source" | "monthly-leads"
    std::optional<qint64> sourceId{};
    QString label{};
    QString month{}; // "2026-12"
    qint64 used = 0;
    qint64 limit = 0;
    double percent = 0.0;
    bool warning = false;
    bool exhausted = false;
    std::optional<QDate> runsOutOn{};

    static QuotaUsage evaluate(const QString& kind, const QString& label, qint64 used, qint64 limit,
                               qint64 asOfMs);
    static QuotaUsage forSource(const LeadSource& source, qint64 used, qint64 asOfMs);
    static QuotaUsage forMonthlyLeads(qint64 limit, qint64 used, qint64 asOfMs);
    // "http-json #3 (api.example.com)", "csv #4 (leads.csv)", "sample #5"
    static QString sourceLabel(const LeadSource& source);

    // One line for logs and notifications, e.g. "http-json #3 (...): 90.0% of the monthly
    // quota used (900 of 1000); expected to run out on 2026-12-20".
    QString describe() const;
    QJsonObject toJson() const;
    static QuotaUsage fromJson(const QJsonObject& object);
};

} // namespace outreach
