#include "store/AdminOwnershipRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

AdminOwnershipRepository::AdminOwnershipRepository(const Database& database)
    : m_database(database) {}

Result<qint64> AdminOwnershipRepository::ownerOf(Table table, qint64 id) const {
    struct Target {
        const char* statement;
        const char* field;
        const char* noun;
    };
    static const Target targets[] = {
        {"SELECT user_id FROM campaigns WHERE id = :id", "campaign", "campaign"},
        {"SELECT user_id FROM leads WHERE id = :id", "lead", "lead"},
        {"SELECT user_id FROM sender_accounts WHERE id = :id", "sender", "sender account"},
        {"SELECT user_id FROM lead_sources WHERE id = :id", "source", "lead source"},
        {"SELECT user_id FROM outbox WHERE id = :id", "message", "outbox message"}};
    const Target& target = targets[static_cast<int>(table)];
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QString::fromLatin1(target.statement));
    query.bindInt(QStringLiteral(":id"), id);
    Result<std::optional<QVariant>> owner = query.execScalar();
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return Error::notFound(
            QString::fromLatin1(target.field),
            QStringLiteral("%1: no %2 with id %3")
                .arg(QString::fromLatin1(target.field), QString::fromLatin1(target.noun))
                .arg(id));
    return (*owner)->toLongLong();
}

Result<qint64> AdminOwnershipRepository::ownerOfCampaign(qint64 id) const {
    return ownerOf(Table::Campaigns, id);
}
Result<qint64> AdminOwnershipRepository::ownerOfLead(qint64 id) const {
    return ownerOf(Table::Leads, id);
}
Result<qint64> AdminOwnershipRepository::ownerOfSender(qint64 id) const {
    return ownerOf(Table::Senders, id);
}
Result<qint64> AdminOwnershipRepository::ownerOfSource(qint64 id) const {
    return ownerOf(Table::Sources, id);
}
Result<qint64> AdminOwnershipRepository::ownerOfMessage(qint64 id) const {
    return ownerOf(Table::Outbox, id);
}

} // namespace outreach
