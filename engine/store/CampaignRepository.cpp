#include "store/CampaignRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {
namespace {

const QString columns = QStringLiteral(
    "id, user_id, name, status, schedule_type, schedule_time, start_date, end_date, "
    "recurrence_days, next_run_at, last_run_at, daily_limit, keywords, follow_up_enabled, "
    "follow_up1_delay_days, follow_up2_delay_days, subject, body_initial, body_followup1, "
    "body_followup2, created_at, updated_at");

Campaign readCampaign(const Sql& row) {
    Campaign c;
    c.id = row.integer(QStringLiteral("id"));
    c.userId = row.integer(QStringLiteral("user_id"));
    c.name = row.text(QStringLiteral("name"));
    c.status = row.text(QStringLiteral("status"));
    c.scheduleType = row.text(QStringLiteral("schedule_type"));
    c.scheduleTime = row.text(QStringLiteral("schedule_time"));
    c.startDate = row.text(QStringLiteral("start_date"));
    c.endDate = row.text(QStringLiteral("end_date"));
    c.recurrenceDays = int(row.integer(QStringLiteral("recurrence_days")));
    c.nextRunAt = row.optionalInt(QStringLiteral("next_run_at"));
    c.lastRunAt = row.optionalInt(QStringLiteral("last_run_at"));
    c.dailyLimit = int(row.integer(QStringLiteral("daily_limit")));
    const QString keywords = row.text(QStringLiteral("keywords"));
    c.keywords = keywords.isEmpty() ? QStringList{} : keywords.split(QLatin1Char(','));
    c.followUpEnabled = row.integer(QStringLiteral("follow_up_enabled")) != 0;
    c.followUp1DelayDays = int(row.integer(QStringLiteral("follow_up1_delay_days")));
    c.followUp2DelayDays = int(row.integer(QStringLiteral("follow_up2_delay_days")));
    c.subject = row.text(QStringLiteral("subject"));
    c.bodyInitial = row.text(QStringLiteral("body_initial"));
    c.bodyFollowUp1 = row.text(QStringLiteral("body_followup1"));
    c.bodyFollowUp2 = row.text(QStringLiteral("body_followup2"));
    c.createdAt = row.integer(QStringLiteral("created_at"));
    c.updatedAt = row.integer(QStringLiteral("updated_at"));
    return c;
}

QVariant nullableText(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

void bindFields(Sql& sql, const Campaign& c) {
    sql.bindText(QStringLiteral(":name"), c.name.trimmed())
        .bindText(QStringLiteral(":status"), c.status)
        .bindText(QStringLiteral(":stype"), c.scheduleType)
        .bindText(QStringLiteral(":stime"), c.scheduleTime)
        .bind(QStringLiteral(":start"), nullableText(c.startDate))
        .bind(QStringLiteral(":end"), nullableText(c.endDate))
        .bindInt(QStringLiteral(":every"), c.recurrenceDays)
        .bindOptionalInt(QStringLiteral(":next"), c.nextRunAt)
        .bindOptionalInt(QStringLiteral(":last"), c.lastRunAt)
        .bindInt(QStringLiteral(":limit"), c.dailyLimit)
        .bindText(QStringLiteral(":keywords"), c.keywords.join(QLatin1Char(',')))
        .bindInt(QStringLiteral(":fue"), c.followUpEnabled ? 1 : 0)
        .bindInt(QStringLiteral(":fu1"), c.followUp1DelayDays)
        .bindInt(QStringLiteral(":fu2"), c.followUp2DelayDays)
        .bindText(QStringLiteral(":subject"), c.subject)
        .bindText(QStringLiteral(":b0"), c.bodyInitial)
        .bindText(QStringLiteral(":b1"), c.bodyFollowUp1)
        .bindText(QStringLiteral(":b2"), c.bodyFollowUp2);
}

} // namespace

Result<QList<Campaign>> CampaignRepository::select(const QString& where,
                                                   const QVariantMap& params) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM campaigns WHERE user_id = :uid %2 ORDER BY id")
                       .arg(columns, where));
    query.bindInt(QStringLiteral(":uid"), m_userId);
    for (auto it = params.begin(); it != params.end(); ++it)
        query.bind(it.key(), it.value());
    if (Status done = query.exec(); !done)
        return done.error();
    QList<Campaign> campaigns;
    while (query.next())
        campaigns.append(readCampaign(query));
    return campaigns;
}

Result<Campaign> CampaignRepository::add(Campaign draft) const {
    if (Status valid = draft.validate(); !valid)
        return valid.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    Sql insert(*db,
               QStringLiteral(
                   "INSERT INTO campaigns (user_id, name, status, schedule_type, schedule_time, "
                   "start_date, end_date, recurrence_days, next_run_at, last_run_at, "
                   "daily_limit, keywords, follow_up_enabled, follow_up1_delay_days, "
                   "follow_up2_delay_days, subject, body_initial, body_followup1, "
                   "body_followup2, created_at, updated_at) VALUES (:uid, :name, :status, "
                   ":stype, :stime, :start, :end, :every, :next, :last, :limit, :keywords, "
                   ":fue, :fu1, :fu2, :subject, :b0, :b1, :b2, :now, :now2) RETURNING id"));
    insert.bindInt(QStringLiteral(":uid"), m_userId);
    bindFields(insert, draft);
    insert.bindInt(QStringLiteral(":now"), now).bindInt(QStringLiteral(":now2"), now);
    Result<qint64> id = insert.execReturningId();
    if (!id)
        return id.error();
    return find(*id);
}

Result<QList<Campaign>> CampaignRepository::list() const {
    return select({}, {});
}

Result<QList<Campaign>> CampaignRepository::listByStatus(const QString& status) const {
    return select(QStringLiteral("AND status = :status"), {{QStringLiteral(":status"), status}});
}

Result<Campaign> CampaignRepository::find(qint64 id) const {
    Result<QList<Campaign>> found =
        select(QStringLiteral("AND id = :id"),
               {{QStringLiteral(":id"), QVariant::fromValue<qlonglong>(id)}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QStringLiteral("campaign"),
            QStringLiteral("campaign: no campaign with id %1 for user %2").arg(id).arg(m_userId));
    return found->first();
}

Result<Campaign> CampaignRepository::update(const Campaign& changed) const {
    if (Status valid = changed.validate(); !valid)
        return valid.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral(
                        "UPDATE campaigns SET name = :name, status = :status, schedule_type = "
                        ":stype, schedule_time = :stime, start_date = :start, end_date = :end, "
                        "recurrence_days = :every, next_run_at = :next, last_run_at = :last, "
                        "daily_limit = :limit, keywords = :keywords, follow_up_enabled = :fue, "
                        "follow_up1_delay_days = :fu1, follow_up2_delay_days = :fu2, subject = "
                        ":subject, body_initial = :b0, body_followup1 = :b1, body_followup2 = :b2, "
                        "updated_at = :now WHERE id = :id AND user_id = :uid"));
    bindFields(update, changed);
    update.bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":id"), changed.id)
        .bindInt(QStringLiteral(":uid"), m_userId);
    if (Status done = update.exec(); !done)
        return done.error();
    if (update.rowsAffected() == 0)
        return Error::notFound(QStringLiteral("campaign"),
                               QStringLiteral("campaign: no campaign with id %1 for user %2")
                                   .arg(changed.id)
                                   .arg(m_userId));
    return find(changed.id);
}

Result<Campaign> CampaignRepository::setStatus(qint64 id, const QString& status) const {
    Result<Campaign> campaign = find(id);
    if (!campaign)
        return campaign;
    campaign->status = status;
    return update(*campaign);
}

Result<std::optional<qint64>> CampaignRepository::lastRunOf(qint64 campaignId,
                                                            const QString& job) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT last_run_at FROM campaign_job_state WHERE campaign_id = "
                                  ":cid AND job = :job AND user_id = :uid"));
    query.bindInt(QStringLiteral(":cid"), campaignId)
        .bindText(QStringLiteral(":job"), job)
        .bindInt(QStringLiteral(":uid"), m_userId);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    if (!value->has_value())
        return std::optional<qint64>{};
    return std::optional<qint64>{(*value)->toLongLong()};
}

Status CampaignRepository::recordRun(qint64 campaignId, const QString& job, qint64 at) const {
    if (Result<Campaign> owned = find(campaignId); !owned)
        return owned.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql upsert(
        *db, QStringLiteral("INSERT INTO campaign_job_state (campaign_id, job, user_id, "
                            "last_run_at) VALUES (:cid, :job, :uid, :at) ON CONFLICT "
                            "(campaign_id, job) DO UPDATE SET last_run_at = excluded.last_run_at"));
    upsert.bindInt(QStringLiteral(":cid"), campaignId)
        .bindText(QStringLiteral(":job"), job)
        .bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":at"), at);
    return upsert.exec();
}

} // namespace outreach
