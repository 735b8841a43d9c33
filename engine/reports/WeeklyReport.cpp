#include "reports/WeeklyReport.h"

#include "core/TimeFormat.h"

#include <QJsonArray>
#include <cmath>

namespace outreach {
namespace {

double round4(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

QJsonValue optionalNumber(std::optional<double> value) {
    return value ? QJsonValue(round4(*value)) : QJsonValue();
}

QJsonValue optionalInteger(std::optional<qint64> value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> readOptionalNumber(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> readOptionalInteger(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

qint64 readInstant(const QJsonValue& value) {
    Result<QDateTime> parsed = TimeFormat::parseInstant(QStringLiteral("time"), value.toString());
    return parsed ? parsed->toMSecsSinceEpoch() : 0;
}

} // namespace

QString WeeklyReport::gradeFor(std::optional<double> validRatio) {
    if (!validRatio)
        return QStringLiteral("n/a");
    const double r = *validRatio;
    if (r >= 0.90)
        return QStringLiteral("A");
    if (r >= 0.75)
        return QStringLiteral("B");
    if (r >= 0.60)
        return QStringLiteral("C");
    if (r >= 0.40)
        return QStringLiteral("D");
    return QStringLiteral("F");
}

QJsonObject WeeklyReport::toJson() const {
    QJsonArray sourceLines;
    for (const SourceLine& s : sources)
        sourceLines.append(QJsonObject{
            {QStringLiteral("sourceId"), optionalInteger(s.sourceId)},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("label"), s.label},
            {QStringLiteral("calls"), s.calls},
            {QStringLiteral("failed"), s.failed},
            {QStringLiteral("leadsReturned"), s.leadsReturned},
            {QStringLiteral("leadsValid"), s.leadsValid},
            {QStringLiteral("leadsInserted"), s.leadsInserted},
            {QStringLiteral("conversions"), s.conversions},
            {QStringLiteral("cost"), round4(s.cost)},
            {QStringLiteral("validRatio"), optionalNumber(s.validRatio)},
            {QStringLiteral("costPerLead"), optionalNumber(s.costPerLead)},
            {QStringLiteral("averageDurationMs"), optionalInteger(s.averageDurationMs)}});
    QJsonArray quotaItems;
    for (const QuotaUsage& q : quotas)
        quotaItems.append(q.toJson());
    return {
        {QStringLiteral("schema"), schemaVersion},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                             {QStringLiteral("email"), userEmail},
                                             {QStringLiteral("name"), userName},
                                             {QStringLiteral("timeZone"), timeZone}}},
        {QStringLiteral("week"), week},
        {QStringLiteral("from"), TimeFormat::isoUtc(fromMs)},
        {QStringLiteral("to"), TimeFormat::isoUtc(toMs)},
        {QStringLiteral("computedAt"), TimeFormat::isoUtc(computedAt)},
        {QStringLiteral("leads"),
         QJsonObject{{QStringLiteral("generated"), leadsGenerated},
                     {QStringLiteral("fromSources"), leadsFromSources},
                     {QStringLiteral("otherOrigins"), leadsOtherOrigins},
                     {QStringLiteral("hot"), hot},
                     {QStringLiteral("warm"), warm},
                     {QStringLiteral("cold"), cold},
                     {QStringLiteral("averageScore"), optionalNumber(averageScore)}}},
        {QStringLiteral("apiCalls"),
         QJsonObject{{QStringLiteral("total"), calls},
                     {QStringLiteral("succeeded"), calls - callsFailed},
                     {QStringLiteral("failed"), callsFailed},
                     {QStringLiteral("leadsReturned"), leadsReturned},
                     {QStringLiteral("leadsValid"), leadsValid},
                     {QStringLiteral("leadsInserted"), leadsInserted},
                     {QStringLiteral("cost"), round4(cost)},
                     {QStringLiteral("averageDurationMs"), optionalInteger(averageDurationMs)}}},
        {QStringLiteral("quality"),
         QJsonObject{{QStringLiteral("validRatio"), optionalNumber(validRatio)},
                     {QStringLiteral("grade"), grade}}},
        {QStringLiteral("conversions"), conversions},
        {QStringLiteral("costPerLead"), optionalNumber(costPerLead)},
        {QStringLiteral("costPerConversion"), optionalNumber(costPerConversion)},
        {QStringLiteral("funnel"), QJsonObject{{QStringLiteral("generated"), leadsGenerated},
                                               {QStringLiteral("contacted"), contacted},
                                               {QStringLiteral("replied"), replied},
                                               {QStringLiteral("converted"), conversions}}},
        {QStringLiteral("sources"), sourceLines},
        {QStringLiteral("quota"),
         QJsonObject{{QStringLiteral("month"), quotaMonth},
                     {QStringLiteral("asOf"), TimeFormat::isoUtc(quotaAsOf)},
                     {QStringLiteral("warning"), quotaWarning},
                     {QStringLiteral("items"), quotaItems}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

WeeklyReport WeeklyReport::fromJson(const QJsonObject& o) {
    WeeklyReport r;
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    r.userId = user.value(QStringLiteral("id")).toInteger();
    r.userEmail = user.value(QStringLiteral("email")).toString();
    r.userName = user.value(QStringLiteral("name")).toString();
    r.timeZone = user.value(QStringLiteral("timeZone")).toString();
    r.week = o.value(QStringLiteral("week")).toString();
    r.fromMs = readInstant(o.value(QStringLiteral("from")));
    r.toMs = readInstant(o.value(QStringLiteral("to")));
    r.computedAt = readInstant(o.value(QStringLiteral("computedAt")));

    const QJsonObject leads = o.value(QStringLiteral("leads")).toObject();
    r.leadsGenerated = leads.value(QStringLiteral("generated")).toInteger();
    r.leadsFromSources = leads.value(QStringLiteral("fromSources")).toInteger();
    r.leadsOtherOrigins = leads.value(QStringLiteral("otherOrigins")).toInteger();
    r.hot = leads.value(QStringLiteral("hot")).toInteger();
    r.warm = leads.value(QStringLiteral("warm")).toInteger();
    r.cold = leads.value(QStringLiteral("cold")).toInteger();
    r.averageScore = readOptionalNumber(leads.value(QStringLiteral("averageScore")));

    const QJsonObject calls = o.value(QStringLiteral("apiCalls")).toObject();
    r.calls = calls.value(QStringLiteral("total")).toInteger();
    r.callsFailed = calls.value(QStringLiteral("failed")).toInteger();
    r.leadsReturned = calls.value(QStringLiteral("leadsReturned")).toInteger();
    r.leadsValid = calls.value(QStringLiteral("leadsValid")).toInteger();
    r.leadsInserted = calls.value(QStringLiteral("leadsInserted")).toInteger();
    r.cost = calls.value(QStringLiteral("cost")).toDouble();
    r.averageDurationMs = readOptionalInteger(calls.value(QStringLiteral("averageDurationMs")));

    const QJsonObject quality = o.value(QStringLiteral("quality")).toObject();
    r.validRatio = readOptionalNumber(quality.value(QStringLiteral("validRatio")));
    r.grade = quality.value(QStringLiteral("grade")).toString();

    const QJsonObject funnel = o.value(QStringLiteral("funnel")).toObject();
    r.contacted = funnel.value(QStringLiteral("contacted")).toInteger();
    r.replied = funnel.value(QStringLiteral("replied")).toInteger();
    r.conversions = o.value(QStringLiteral("conversions")).toInteger();
    r.costPerLead = readOptionalNumber(o.value(QStringLiteral("costPerLead")));
    r.costPerConversion = readOptionalNumber(o.value(QStringLiteral("costPerConversion")));

    for (const QJsonValue& v : o.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        SourceLine line;
        line.sourceId = readOptionalInteger(s.value(QStringLiteral("sourceId")));
        line.kind = s.value(QStringLiteral("kind")).toString();
        line.label = s.value(QStringLiteral("label")).toString();
        line.calls = s.value(QStringLiteral("calls")).toInteger();
        line.failed = s.value(QStringLiteral("failed")).toInteger();
        line.leadsReturned = s.value(QStringLiteral("leadsReturned")).toInteger();
        line.leadsValid = s.value(QStringLiteral("leadsValid")).toInteger();
        line.leadsInserted = s.value(QStringLiteral("leadsInserted")).toInteger();
        line.conversions = s.value(QStringLiteral("conversions")).toInteger();
        line.cost = s.value(QStringLiteral("cost")).toDouble();
        line.validRatio = readOptionalNumber(s.value(QStringLiteral("validRatio")));
        line.costPerLead = readOptionalNumber(s.value(QStringLiteral("costPerLead")));
        line.averageDurationMs = readOptionalInteger(s.value(QStringLiteral("averageDurationMs")));
        r.sources.append(line);
    }
    const QJsonObject quota = o.value(QStringLiteral("quota")).toObject();
    r.quotaMonth = quota.value(QStringLiteral("month")).toString();
    r.quotaAsOf = readInstant(quota.value(QStringLiteral("asOf")));
    r.quotaWarning = quota.value(QStringLiteral("warning")).toBool();
    for (const QJsonValue& v : quota.value(QStringLiteral("items")).toArray())
        r.quotas.append(QuotaUsage::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QStringLiteral("warnings")).toArray())
        r.warnings.append(v.toString());
    return r;
}

} // namespace outreach
