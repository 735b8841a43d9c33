#include "demo/DemoWorkspace.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "demo/DemoSeeder.h"
#include "outbox/OutboxDelivery.h"
#include "store/Database.h"
#include "store/EngineSettingsRepository.h"
#include "store/Migrator.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace outreach {

DemoWorkspace::DemoWorkspace(QString folder) : m_folder(QDir::cleanPath(std::move(folder))) {}

QString DemoWorkspace::defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo"));
}

QString DemoWorkspace::databasePath() const {
    return QDir(m_folder).filePath(QStringLiteral("outreach.db"));
}

QString DemoWorkspace::mailFolder() const {
    return QDir(m_folder).filePath(QStringLiteral("mail"));
}

DatabaseUrl DemoWorkspace::url() const {
    return DatabaseUrl::sqlite(databasePath());
}

Status DemoWorkspace::removeFiles() const {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(databasePath() + suffix);
        if (file.exists() && !file.remove())
            return Error::runtime(QStringLiteral("demo: cannot remove %1: %2")
                                      .arg(file.fileName(), file.errorString()));
    }
    QDir mail(mailFolder());
    if (mail.exists() && !mail.removeRecursively())
        return Error::runtime(QStringLiteral("demo: cannot remove %1").arg(mailFolder()));
    return Status::success();
}

Result<DemoWorkspace::Prepared> DemoWorkspace::prepare(const Clock& clock, bool reset) const {
    if (!OutboxDelivery::mayBlockHere())
        return Error::runtime(QStringLiteral("internal error: the demo workspace was prepared on "
                                             "the GUI thread"));
    if (reset)
        if (Status removed = removeFiles(); !removed)
            return removed.error();
    if (!QDir().mkpath(m_folder) || !QDir().mkpath(mailFolder()))
        return Error::runtime(QStringLiteral("demo: cannot create the folder %1").arg(m_folder));

    for (int attempt = 0; attempt < 2; ++attempt) {
        Prepared prepared;
        {
            Database database(url());
            Status outcome = [&]() -> Status {
                if (Result<int> migrated = Migrator(database).migrate(); !migrated)
                    return migrated.error();
                const EngineSettingsRepository settings(database, clock);
                Result<std::optional<QString>> seeded =
                    settings.value(QString::fromLatin1(kSeededSetting));
                if (!seeded)
                    return seeded.error();
                const UserRepository users(database, clock);
                if (seeded->has_value()) {
                    Result<QList<User>> existing = users.list();
                    if (!existing)
                        return existing.error();
                    prepared.users = *existing;
                    return Status::success();
                }
                Result<QList<User>> existing = users.list();
                if (!existing)
                    return existing.error();
                if (!existing->isEmpty())
                    return Error::conflict(QStringLiteral("half-seeded"));
                Result<QList<User>> seededUsers = DemoSeeder(database, clock, mailFolder()).seed();
                if (!seededUsers)
                    return seededUsers.error();
                if (Status marked = settings.setValue(QString::fromLatin1(kSeededSetting),
                                                      TimeFormat::isoUtc(clock.nowMs()));
                    !marked)
                    return marked;
                prepared.created = true;
                prepared.users = *seededUsers;
                return Status::success();
            }();
            database.closeThreadConnection();
            if (outcome)
                return prepared;
            if (outcome.error().kind != Error::Kind::Conflict || attempt > 0)
                return outcome.error();
        }
        // An interrupted seeding left users but no mark: start that demo over.
        if (Status removed = removeFiles(); !removed)
            return removed.error();
        if (!QDir().mkpath(mailFolder()))
            return Error::runtime(
                QStringLiteral("demo: cannot create the folder %1").arg(mailFolder()));
    }
    return Error::runtime(QStringLiteral("demo: the workspace could not be prepared"));
}

} // namespace outreach
