#include "outbox/WriteTransaction.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlError>

namespace outreach {

Status WriteTransaction::run(const Database& database, const std::function<Status()>& work) {
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    const bool sqlite = !database.isPostgres();
    if (sqlite) {
        if (Status begun = Sql(*db, QStringLiteral("BEGIN IMMEDIATE")).exec(); !begun)
            return begun;
    } else if (!db->transaction()) {
        return Error::runtime(
            QStringLiteral("cannot start a transaction: %1").arg(db->lastError().text()));
    }
    Status outcome = work();
    if (!outcome) {
        if (sqlite)
            (void)Sql(*db, QStringLiteral("ROLLBACK")).exec();
        else
            db->rollback();
        return outcome;
    }
    if (sqlite) {
        if (Status committed = Sql(*db, QStringLiteral("COMMIT")).exec(); !committed) {
            (void)Sql(*db, QStringLiteral("ROLLBACK")).exec();
            return committed;
        }
    } else if (!db->commit()) {
        const QString reason = db->lastError().text();
        db->rollback();
        return Error::runtime(QStringLiteral("cannot commit: %1").arg(reason));
    }
    return Status::success();
}

} // namespace outreach
