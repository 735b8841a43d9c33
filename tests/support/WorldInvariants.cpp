#include "WorldInvariants.h"

#include "campaigns/CampaignCalendar.h"
#include "core/QuotaMonth.h"
#include "reports/WeeklyReportService.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace outreach::test {
namespace {

QList<QVariantList> rows(const Database& database, const QString& sql, const QVariantMap& binds,
                         int columns) {
    QList<QVariantList> out;
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return out;
    Sql query(*db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bind(it.key(), it.value());
    if (!query.exec())
        return out;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        out << row;
    }
    return out;
}

} // namespace

QString WorldInvariants::checkMessages(JobWorld& world, const QString& outputDir,
                                       const QList<WorldUser>& users) {
    QHash<QString, qint64> bySender;
    for (const WorldUser& wu : users)
        bySender.insert(wu.from, wu.user.id);
    static const QRegularExpression idPattern(QStringLiteral("(?im)^Message-ID:\\s*(<[^>]+>)"));
    const QDir dir(outputDir);
    QSet<QString> seen;
    qint64 received = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile eml(dir.filePath(name));
        QFile json(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        if (!eml.open(QIODevice::ReadOnly) || !json.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1").arg(name);
        const QJsonObject envelope = QJsonDocument::fromJson(json.readAll()).object();
        const QString messageId = idPattern.match(QString::fromUtf8(eml.readAll())).captured(1);
        eml.close();
        json.close();
        QFile::remove(eml.fileName());
        QFile::remove(json.fileName());
        ++received;
        const QString from = envelope.value(QStringLiteral("mail_from")).toString();
        const QString rcpt =
            envelope.value(QStringLiteral("rcpt_tos")).toArray().first().toString();
        if (!bySender.contains(from))
            return QStringLiteral("a message from %1, no sender of this world").arg(from);
        const qint64 owner = bySender[from];
        if (seen.contains(messageId))
            return QStringLiteral("message %1 arrived twice").arg(messageId);
        seen.insert(messageId);
        const QList<QVariantList> row =
            rows(world.database(),
                 QStringLiteral("SELECT o.user_id, o.to_address, l.user_id, l.email FROM outbox o "
                                "JOIN leads l ON l.id = o.lead_id WHERE o.message_id = :m"),
                 {{QStringLiteral(":m"), messageId}}, 4);
        if (row.size() != 1)
            return QStringLiteral("message %1 is not one outbox row").arg(messageId);
        if (row[0][0].toLongLong() != owner || row[0][2].toLongLong() != owner)
            return QStringLiteral("message %1 from user %2's account is user %3's row to user "
                                  "%4's lead")
                .arg(messageId)
                .arg(owner)
                .arg(row[0][0].toLongLong())
                .arg(row[0][2].toLongLong());
        if (row[0][1].toString() != rcpt || row[0][3].toString() != rcpt)
            return QStringLiteral("message %1 went to %2, its row says %3 (lead %4)")
                .arg(messageId, rcpt, row[0][1].toString(), row[0][3].toString());
    }
    qint64 sent = 0;
    for (const WorldUser& wu : users)
        sent += world.outbox(wu.user.id, QStringLiteral("sent")).size();
    if (sent != received)
        return QStringLiteral("%1 rows sent, %2 messages received").arg(sent).arg(received);
    return {};
}

QString WorldInvariants::checkUser(JobWorld& world, const WorldUser& wu) {
    const qint64 uid = wu.user.id;
    const CampaignCalendar calendar(QTimeZone(wu.user.timeZone.toUtf8()));
    const QList<OutboxMessage> outbox = world.outbox(uid);
    QHash<QString, int> perDay;
    QHash<QString, int> perCampaignDay;
    QHash<QString, const OutboxMessage*> steps;
    for (const OutboxMessage& row : outbox) {
        static const QStringList ended{QStringLiteral("sent"), QStringLiteral("failed"),
                                       QStringLiteral("unknown"), QStringLiteral("cancelled")};
        if (!ended.contains(row.status))
            return QStringLiteral("row %1 is still %2").arg(row.id).arg(row.status);
        const QString step = QStringLiteral("%1/%2").arg(*row.leadId).arg(row.kind);
        if (steps.contains(step))
            return QStringLiteral("lead %1 got %2 twice").arg(*row.leadId).arg(row.kind);
        steps.insert(step, &row);
        const QString day = calendar.localDate(row.createdAt).toString(Qt::ISODate);
        if (row.status != QLatin1String("cancelled"))
            ++perDay[day];
        if (row.kind == QLatin1String("initial") && row.status != QLatin1String("cancelled"))
            ++perCampaignDay[QStringLiteral("%1/%2").arg(*row.campaignId).arg(day)];
    }
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        if (it.value() > wu.user.dailyEmailQuota)
            return QStringLiteral("user %1 queued %2 emails on %3, quota %4")
                .arg(uid)
                .arg(it.value())
                .arg(it.key())
                .arg(wu.user.dailyEmailQuota);
    for (const Campaign& c : wu.campaigns)
        for (auto it = perCampaignDay.cbegin(); it != perCampaignDay.cend(); ++it)
            if (it.key().startsWith(QString::number(c.id) + QLatin1Char('/')) &&
                it.value() > c.dailyLimit)
                return QStringLiteral("campaign %1 queued %2 initials on %3, limit %4")
                    .arg(c.id)
                    .arg(it.value())
                    .arg(it.key())
                    .arg(c.dailyLimit);
    // Sequences: each follow-up after the previous step was sent, none after the lead left.
    for (const OutboxMessage& row : outbox) {
        if (row.kind == QLatin1String("initial"))
            continue;
        const QString previous = row.kind == QLatin1String("followup1")
                                     ? QStringLiteral("initial")
                                     : QStringLiteral("followup1");
        const OutboxMessage* before =
            steps.value(QStringLiteral("%1/%2").arg(*row.leadId).arg(previous));
        if (!before || before->status != QLatin1String("sent") || !before->sentAt ||
            *before->sentAt > row.createdAt)
            return QStringLiteral("%1 to lead %2 without a sent %3 before it")
                .arg(row.kind)
                .arg(*row.leadId)
                .arg(previous);
        const Lead lead = world.lead(uid, *row.leadId);
        for (const std::optional<qint64>& left :
             {lead.repliedAt, lead.bouncedAt, lead.unsubscribedAt})
            if (left && *left <= row.createdAt)
                return QStringLiteral("%1 queued to lead %2 after it left the sequence (%3)")
                    .arg(row.kind)
                    .arg(lead.id)
                    .arg(lead.status);
    }
    // Monthly quotas (UTC quota months): the source's calls, the user's new leads.
    QHash<QString, int> calls;
    for (const QVariantList& r : rows(
             world.database(), QStringLiteral("SELECT called_at FROM api_calls WHERE user_id = :u"),
             {{QStringLiteral(":u"), uid}}, 1))
        ++calls[QuotaMonth::containing(r[0].toLongLong()).label()];
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        if (it.value() > wu.sourceQuota)
            return QStringLiteral("user %1's source made %2 calls in %3, quota %4")
                .arg(uid)
                .arg(it.value())
                .arg(it.key())
                .arg(wu.sourceQuota);
    QHash<QString, int> generated;
    QHash<QString, int> imported;
    for (const Lead& lead : world.leads(uid))
        ++(lead.source == QLatin1String("import")
               ? imported
               : generated)[QuotaMonth::containing(lead.createdAt).label()];
    for (auto it = generated.cbegin(); it != generated.cend(); ++it)
        if (it.value() + imported.value(it.key()) >
            qMax(wu.user.monthlyLeadQuota, imported.value(it.key())))
            return QStringLiteral("user %1 got %2 generated leads in %3 (%4 imported), quota %5")
                .arg(uid)
                .arg(it.value())
                .arg(it.key())
                .arg(imported.value(it.key()))
                .arg(wu.user.monthlyLeadQuota);
    // The weekly report counts this user's own rows.
    Result<QList<WeeklyReport>> reports =
        WeeklyReportService(world.database(), world.clock()).list(world.scope(uid));
    if (!reports || reports->size() != 1)
        return QStringLiteral("user %1 has no weekly report").arg(uid);
    const WeeklyReport& report = reports->first();
    const QVariantMap range{{QStringLiteral(":u"), uid},
                            {QStringLiteral(":f"), report.fromMs},
                            {QStringLiteral(":t"), report.toMs}};
    const qint64 ownCalls = world.scalar(QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE "
                                                        "user_id = :u AND called_at >= :f AND "
                                                        "called_at < :t"),
                                         range);
    const qint64 ownLeads = world.scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE "
                                                        "user_id = :u AND created_at >= :f AND "
                                                        "created_at < :t"),
                                         range);
    if (report.calls != ownCalls || report.leadsGenerated != ownLeads)
        return QStringLiteral("user %1's report has %2 calls and %3 leads; the user has %4 "
                              "and %5")
            .arg(uid)
            .arg(report.calls)
            .arg(report.leadsGenerated)
            .arg(ownCalls)
            .arg(ownLeads);
    return {};
}

} // namespace outreach::test
