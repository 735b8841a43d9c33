#include "store/LeadRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QSet>

namespace outreach {
namespace {

const QString columns = QStringLiteral(
    "id, user_id, campaign_id, email, first_name, last_name, company, title, source, score, "
    "status, created_at, updated_at, contacted_at, followup1_at, followup2_at, replied_at, "
    "bounced_at, unsubscribed_at, converted_at");

Lead readLead(const Sql& row) {
    Lead lead;
    lead.id = row.integer(QStringLiteral("id"));
    lead.userId = row.integer(QStringLiteral("user_id"));
    lead.campaignId = row.optionalInt(QStringLiteral("campaign_id"));
    lead.email = row.text(QStringLiteral("email"));
    lead.firstName = row.text(QStringLiteral("first_name"));
    lead.lastName = row.text(QStringLiteral("last_name"));
    lead.company = row.text(QStringLiteral("company"));
    lead.title = row.text(QStringLiteral("title"));
    lead.source = row.text(QStringLiteral("source"));
    lead.score = int(row.integer(QStringLiteral("score")));
    lead.status = row.text(QStringLiteral("status"));
    lead.createdAt = row.integer(QStringLiteral("created_at"));
    lead.updatedAt = row.integer(QStringLiteral("updated_at"));
    lead.contactedAt = row.optionalInt(QStringLiteral("contacted_at"));
    lead.followUp1At = row.optionalInt(QStringLiteral("followup1_at"));
    lead.followUp2At = row.optionalInt(QStringLiteral("followup2_at"));
    lead.repliedAt = row.optionalInt(QStringLiteral("replied_at"));
    lead.bouncedAt = row.optionalInt(QStringLiteral("bounced_at"));
    lead.unsubscribedAt = row.optionalInt(QStringLiteral("unsubscribed_at"));
    lead.convertedAt = row.optionalInt(QStringLiteral("converted_at"));
    return lead;
}

// The timestamp column each status stamps; statuses are a closed set, never user text.
const QHash<QString, QString>& stampColumns() {
    static const QHash<QString, QString> columns{
        {QStringLiteral("contacted"), QStringLiteral("contacted_at")},
        {QStringLiteral("followup1"), QStringLiteral("followup1_at")},
        {QStringLiteral("followup2"), QStringLiteral("followup2_at")},
        {QStringLiteral("replied"), QStringLiteral("replied_at")},
        {QStringLiteral("bounced"), QStringLiteral("bounced_at")},
        {QStringLiteral("unsubscribed"), QStringLiteral("unsubscribed_at")},
        {QStringLiteral("converted"), QStringLiteral("converted_at")}};
    return columns;
}

} // namespace

Result<QList<Lead>> LeadRepository::select(const QString& where, const QVariantMap& params,
                                           int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM leads WHERE user_id = :uid %2 ORDER BY id "
                                  "LIMIT :limit")
                       .arg(columns, where));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindInt(QStringLiteral(":limit"), limit);
    for (auto it = params.begin(); it != params.end(); ++it)
        query.bind(it.key(), it.value());
    if (Status done = query.exec(); !done)
        return done.error();
    QList<Lead> leads;
    while (query.next())
        leads.append(readLead(query));
    return leads;
}

Result<LeadRepository::InsertOutcome> LeadRepository::insertMany(const QList<Lead>& leads,
                                                                 std::optional<qint64> campaignId,
                                                                 const QString& source) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    if (campaignId) {
        Sql owned(*db,
                  QStringLiteral("SELECT id FROM campaigns WHERE id = :cid AND user_id = :uid"));
        owned.bindInt(QStringLiteral(":cid"), *campaignId)
            .bindInt(QStringLiteral(":uid"), m_userId);
        Result<std::optional<QVariant>> found = owned.execScalar();
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(QStringLiteral("campaign"),
                                   QStringLiteral("campaign: no campaign with id %1 for user %2")
                                       .arg(*campaignId)
                                       .arg(m_userId));
    }
    const qint64 now = m_clock.nowMs();
    Sql insert(*db, QStringLiteral(
                        "INSERT INTO leads (user_id, campaign_id, email, first_name, last_name, "
                        "company, title, source, score, status, created_at, updated_at) VALUES "
                        "(:uid, :cid, :email, :first, :last, :company, :title, :source, :score, "
                        "'new', :now, :now2) ON CONFLICT (user_id, email) DO NOTHING"));
    InsertOutcome outcome;
    QSet<QString> seen;
    for (const Lead& lead : leads) {
        const QString email = Lead::normaliseEmail(lead.email);
        if (seen.contains(email)) {
            ++outcome.duplicates;
            continue;
        }
        seen.insert(email);
        insert.bindInt(QStringLiteral(":uid"), m_userId)
            .bindOptionalInt(QStringLiteral(":cid"), campaignId)
            .bindText(QStringLiteral(":email"), email)
            .bindText(QStringLiteral(":first"), lead.firstName)
            .bindText(QStringLiteral(":last"), lead.lastName)
            .bindText(QStringLiteral(":company"), lead.company)
            .bindText(QStringLiteral(":title"), lead.title)
            .bindText(QStringLiteral(":source"), lead.source.isEmpty() ? source : lead.source)
            .bindInt(QStringLiteral(":score"), qBound(0, lead.score, 100))
            .bindInt(QStringLiteral(":now"), now)
            .bindInt(QStringLiteral(":now2"), now);
        if (Status done = insert.exec(); !done)
            return done.error();
        if (insert.rowsAffected() > 0)
            ++outcome.inserted;
        else
            ++outcome.duplicates;
    }
    return outcome;
}

Result<QList<Lead>> LeadRepository::list(const QString& status, int limit) const {
    if (status.isEmpty())
        return select({}, {}, limit);
    return select(QStringLiteral("AND status = :status"), {{QStringLiteral(":status"), status}},
                  limit);
}

Result<Lead> LeadRepository::find(qint64 id) const {
    Result<QList<Lead>> found =
        select(QStringLiteral("AND id = :id"),
               {{QStringLiteral(":id"), QVariant::fromValue<qlonglong>(id)}}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QStringLiteral("lead"),
            QStringLiteral("lead: no lead with id %1 for user %2").arg(id).arg(m_userId));
    return found->first();
}

Result<Lead> LeadRepository::findByEmail(const QString& email) const {
    Result<QList<Lead>> found =
        select(QStringLiteral("AND email = :email"),
               {{QStringLiteral(":email"), Lead::normaliseEmail(email)}}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QStringLiteral("email"),
            QStringLiteral("email: user %1 has no lead %2").arg(m_userId).arg(email));
    return found->first();
}

Result<Lead> LeadRepository::markStatus(qint64 id, const QString& status) const {
    if (!Lead::isValidStatus(status))
        return Error::badInput(QStringLiteral("status"),
                               QStringLiteral("status: '%1' is not a lead status").arg(status));
    if (Result<Lead> existing = find(id); !existing)
        return existing;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString stamp = stampColumns().value(status);
    const QString stampSet = stamp.isEmpty() ? QString() : QStringLiteral(", %1 = :at").arg(stamp);
    Sql update(*db, QStringLiteral("UPDATE leads SET status = :status, updated_at = :now%1 "
                                   "WHERE id = :id AND user_id = :uid")
                        .arg(stampSet));
    const qint64 now = m_clock.nowMs();
    update.bindText(QStringLiteral(":status"), status)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":id"), id)
        .bindInt(QStringLiteral(":uid"), m_userId);
    if (!stamp.isEmpty())
        update.bindInt(QStringLiteral(":at"), now);
    if (Status done = update.exec(); !done)
        return done.error();
    return find(id);
}

Result<qint64> LeadRepository::count() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE user_id = :uid"));
    query.bindInt(QStringLiteral(":uid"), m_userId);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return (*value)->toLongLong();
}

// Status and text filters of the console's lead list. The text is matched with LIKE on
// lower-cased columns (PostgreSQL's LIKE is case-sensitive), its % and _ escaped so that an
// admin typing "50%" finds that text rather than everything.
QString LeadRepository::matchClause() {
    return QStringLiteral(
        "user_id = :uid AND (:status = '' OR status = :status2) AND (:text = '' OR "
        "LOWER(email) LIKE :p1 ESCAPE '!' OR LOWER(first_name) LIKE :p2 ESCAPE '!' OR "
        "LOWER(last_name) LIKE :p3 ESCAPE '!' OR LOWER(company) LIKE :p4 ESCAPE '!')");
}

void LeadRepository::bindMatch(Sql& sql, const LeadPageQuery& query) const {
    QString escaped = query.text.trimmed().toLower();
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    sql.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":status"), query.status)
        .bindText(QStringLiteral(":status2"), query.status)
        .bindText(QStringLiteral(":text"), escaped);
    for (const char* name : {":p1", ":p2", ":p3", ":p4"})
        sql.bindText(QString::fromLatin1(name), pattern);
}

Result<QList<Lead>> LeadRepository::page(const LeadPageQuery& query) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql sql(*db, QStringLiteral("SELECT %1 FROM leads WHERE %2 ORDER BY id DESC LIMIT :limit "
                                "OFFSET :offset")
                     .arg(columns, matchClause()));
    bindMatch(sql, query);
    sql.bindInt(QStringLiteral(":limit"), query.limit)
        .bindInt(QStringLiteral(":offset"), query.offset);
    if (Status done = sql.exec(); !done)
        return done.error();
    QList<Lead> leads;
    while (sql.next())
        leads.append(readLead(sql));
    return leads;
}

Result<qint64> LeadRepository::countMatching(const LeadPageQuery& query) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql sql(*db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE %1").arg(matchClause()));
    bindMatch(sql, query);
    Result<std::optional<QVariant>> value = sql.execScalar();
    if (!value)
        return value.error();
    return (*value)->toLongLong();
}

} // namespace outreach
