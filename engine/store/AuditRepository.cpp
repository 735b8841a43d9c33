#include "store/AuditRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QProcessEnvironment>
#include <QSysInfo>

namespace outreach {

AuditRepository::AuditRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Status AuditRepository::record(AuditEntry entry) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql insert(*db, QStringLiteral("INSERT INTO audit_log (at, actor, action, target_type, "
                                   "target_id, user_id, reason, details) VALUES (:at, :actor, "
                                   ":action, :type, :target, :user, :reason, :details)"));
    insert.bindInt(QStringLiteral(":at"), m_clock.nowMs())
        .bindText(QStringLiteral(":actor"), entry.actor.isEmpty() ? currentActor() : entry.actor)
        .bindText(QStringLiteral(":action"), entry.action)
        .bindText(QStringLiteral(":type"), entry.targetType)
        .bindText(QStringLiteral(":target"), entry.targetId)
        .bindOptionalInt(QStringLiteral(":user"), entry.userId)
        .bindText(QStringLiteral(":reason"), entry.reason)
        .bindText(QStringLiteral(":details"), entry.details);
    return insert.exec();
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT id, at, actor, action, target_type, target_id, user_id, "
                                  "reason, details FROM audit_log ORDER BY at DESC, id DESC "
                                  "LIMIT :limit"));
    query.bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.integer(QStringLiteral("id"));
        entry.at = query.integer(QStringLiteral("at"));
        entry.actor = query.text(QStringLiteral("actor"));
        entry.action = query.text(QStringLiteral("action"));
        entry.targetType = query.text(QStringLiteral("target_type"));
        entry.targetId = query.text(QStringLiteral("target_id"));
        entry.userId = query.optionalInt(QStringLiteral("user_id"));
        entry.reason = query.text(QStringLiteral("reason"));
        entry.details = query.text(QStringLiteral("details"));
        entries.append(entry);
    }
    return entries;
}

QString AuditRepository::currentActor() {
    const auto env = QProcessEnvironment::systemEnvironment();
    QString name = env.value(QStringLiteral("OUTREACH_ACTOR"));
    if (name.isEmpty())
        name = env.value(QStringLiteral("USER"),
                         env.value(QStringLiteral("LOGNAME"), QStringLiteral("unknown")));
    return name + QLatin1Char('@') + QSysInfo::machineHostName();
}

} // namespace outreach
