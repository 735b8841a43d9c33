#include "model/QuotaUsage.h"

#include "core/QuotaMonth.h"
#include "model/LeadSource.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>
#include <QUrl>

namespace outreach {

QuotaUsage QuotaUsage::evaluate(const QString& kind, const QString& label, qint64 used,
                                qint64 limit, qint64 asOfMs) {
    QuotaUsage usage;
    usage.kind = kind;
    usage.label = label;
    const QuotaMonth month = QuotaMonth::containing(asOfMs);
    usage.month = month.label();
    usage.used = qMax<qint64>(0, used);
    usage.limit = qMax<qint64>(0, limit);
    if (usage.limit == 0) {
        usage.percent = 100.0;
        usage.warning = true;
        usage.exhausted = true;
        return usage;
    }
    usage.percent = double(usage.used * 1000 / usage.limit) / 10.0;
    usage.warning = usage.used * 100 >= usage.limit * warningPercent;
    usage.exhausted = usage.used >= usage.limit;
    if (usage.exhausted || usage.used == 0)
        return usage;
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 elapsed = qMax(dayMs, asOfMs - month.startMs());
    // elapsed * limit / used, in floating point: the product overflows 64 bits for large ones.
    const double runOut =
        double(month.startMs()) + double(elapsed) * double(usage.limit) / double(usage.used);
    if (runOut < double(month.endMs()))
        usage.runsOutOn = QDateTime::fromMSecsSinceEpoch(qint64(runOut), QTimeZone::utc()).date();
    return usage;
}

QString QuotaUsage::sourceLabel(const LeadSource& source) {
    QString label = QStringLiteral("%1 #%2").arg(source.kind).arg(source.id);
    QString where;
    if (source.kind == QLatin1String("http-json"))
        where = QUrl(source.endpoint).host();
    else if (source.kind == QLatin1String("csv"))
        where = QFileInfo(source.endpoint).fileName();
    if (!where.isEmpty())
        label += QStringLiteral(" (%1)").arg(where);
    return label;
}

QuotaUsage QuotaUsage::forSource(const LeadSource& source, qint64 used, qint64 asOfMs) {
    QuotaUsage usage =
        evaluate(QStringLiteral("source"), sourceLabel(source), used, source.monthlyQuota, asOfMs);
    usage.sourceId = source.id;
    return usage;
}

QuotaUsage QuotaUsage::forMonthlyLeads(qint64 limit, qint64 used, qint64 asOfMs) {
    return evaluate(QStringLiteral("monthly-leads"), QStringLiteral("monthly lead quota"), used,
                    limit, asOfMs);
}

QString QuotaUsage::describe() const {
    QString text = QStringLiteral("%1: %2% of the monthly quota used (%3 of %4)")
                       .arg(label)
                       .arg(percent, 0, 'f', 1)
                       .arg(used)
                       .arg(limit);
    if (exhausted)
        text += QStringLiteral("; used up for %1").arg(month);
    else if (runsOutOn)
        text += QStringLiteral("; expected to run out on %1").arg(runsOutOn->toString(Qt::ISODate));
    return text;
}

QJsonObject QuotaUsage::toJson() const {
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("sourceId"), sourceId ? QJsonValue(*sourceId) : QJsonValue()},
            {QStringLiteral("label"), label},
            {QStringLiteral("month"), month},
            {QStringLiteral("used"), used},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("percent"), percent},
            {QStringLiteral("warning"), warning},
            {QStringLiteral("exhausted"), exhausted},
            {QStringLiteral("runsOutOn"),
             runsOutOn ? QJsonValue(runsOutOn->toString(Qt::ISODate)) : QJsonValue()}};
}

QuotaUsage QuotaUsage::fromJson(const QJsonObject& o) {
    QuotaUsage usage;
    usage.kind = o.value(QStringLiteral("kind")).toString();
    if (o.value(QStringLiteral("sourceId")).isDouble())
        usage.sourceId = o.value(QStringLiteral("sourceId")).toInteger();
    usage.label = o.value(QStringLiteral("label")).toString();
    usage.month = o.value(QStringLiteral("month")).toString();
    usage.used = o.value(QStringLiteral("used")).toInteger();
    usage.limit = o.value(QStringLiteral("limit")).toInteger();
    usage.percent = o.value(QStringLiteral("percent")).toDouble();
    usage.warning = o.value(QStringLiteral("warning")).toBool();
    usage.exhausted = o.value(QStringLiteral("exhausted")).toBool();
    if (o.value(QStringLiteral("runsOutOn")).isString())
        usage.runsOutOn =
            QDate::fromString(o.value(QStringLiteral("runsOutOn")).toString(), Qt::ISODate);
    return usage;
}

} // namespace outreach
