#include "TestDatabase.h"
#include "core/Clock.h"
#include "store/EngineSettingsRepository.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QThread>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// A transaction that reads before it writes must not fail because another connection wrote
// in between (on SQLite a deferred transaction does: "database is locked"). This happened to
// lead generation beside the engine's log sink; every Database::transaction now takes the
// write lock at its start, and the other writer waits instead.
class TestDatabaseTransaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readThenWriteSurvivesAConcurrentWriter() {
        auto db = TestDatabase::create();
        SystemClock clock;
        const Database& database = db->database();
        QAtomicInt otherDone{0};
        Status otherOutcome;
        QThread* other = QThread::create([&] {
            otherOutcome = EngineSettingsRepository(database, clock)
                               .setValue(QStringLiteral("test.other"), QStringLiteral("1"));
            database.closeThreadConnection();
            otherDone.storeRelease(1);
        });

        Status outcome = database.transaction([&](QSqlDatabase&) -> Status {
            // Read first, as lead generation does (dedupe against the user's leads) ...
            Result<std::optional<QString>> before =
                EngineSettingsRepository(database, clock).value(QStringLiteral("test.mine"));
            if (!before)
                return before.error();
            // ... then another connection writes. With the lock taken at BEGIN it has to wait
            // for this transaction; a deferred one would let it commit first.
            other->start();
            const QDeadlineTimer patience(300);
            while (!otherDone.loadAcquire() && !patience.hasExpired())
                QThread::msleep(5);
            return EngineSettingsRepository(database, clock)
                .setValue(QStringLiteral("test.mine"), QStringLiteral("1"));
        });
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(other->wait(30000));
        delete other;
        QVERIFY2(otherOutcome.ok(),
                 qPrintable(otherOutcome.ok() ? QString() : otherOutcome.error().message));
        const EngineSettingsRepository settings(database, clock);
        QCOMPARE(settings.value(QStringLiteral("test.mine"))->value_or(QString()),
                 QStringLiteral("1"));
        QCOMPARE(settings.value(QStringLiteral("test.other"))->value_or(QString()),
                 QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseTransaction)
#include "tst_database_transaction.moc"
