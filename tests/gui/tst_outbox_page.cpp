#include "ConsoleFixture.h"
#include "OutboxFixture.h"
#include "common/Format.h"
#include "models/OutboxModel.h"
#include "pages/OutboxPage.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;
using outreach::test::OutboxFixture;

// The Outbox page as the admin uses it: the rows needing a decision first, filters, paging,
// and Resend / Mark sent through the engine's audited path (OutboxDecision).
class TestOutboxPage : public QObject {
    Q_OBJECT

private:
    static qint64 queue(ConsoleFixture& console, qint64 userId, const QString& to,
                        const QString& status) {
        OutboxFixture outbox(console.engine().database(), console.engine().clock());
        OutboxFixture::Draft draft;
        draft.to = to;
        draft.subject = QStringLiteral("Quick question for %1").arg(to);
        const qint64 id = outbox.enqueue(userId, draft);
        // A fixture row in the state a crash (unknown) or the server (failed, sent) left it.
        if (status != QLatin1String("pending"))
            console.engine().exec(QStringLiteral("UPDATE outbox SET status = '%1', attempts = 1, "
                                                 "last_error = 'connection lost after DATA' "
                                                 "WHERE id = %2")
                                      .arg(status)
                                      .arg(id));
        return id;
    }

    static QString statusAt(OutboxPage* page, int row) {
        return page->model()->index(row, OutboxModel::Status).data().toString();
    }

    static void confirm(QWidget* page, const QString& reason) {
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QInputDialog*>("outboxDecisionDialog")) != nullptr);
        dialog->setTextValue(reason);
        dialog->accept();
    }

    static OutboxPage* openOutbox(ConsoleFixture& console) {
        console.window()->showPage("outbox");
        OutboxPage* page = console.window()->outboxPage();
        return page;
    }

private Q_SLOTS:
    void unknownRowsFirstAndResendGoesBackToPending() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt");
        queue(console, anna, "pending@lead.example", "pending");
        const qint64 failed = queue(console, anna, "failed@lead.example", "failed");
        const qint64 stuck = queue(console, anna, "stuck@lead.example", "unknown");
        queue(console, bob, "sent@lead.example", "sent");
        const qint64 bobStuck = queue(console, bob, "bob-stuck@lead.example", "unknown");
        QVERIFY(console.open());
        OutboxPage* page = openOutbox(console);

        // Default view: the rows needing the admin, unknown before failed.
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 3);
        QCOMPARE(page->total(), qint64(3));
        QCOMPARE(statusAt(page, 0), Format::outboxStatus("unknown"));
        QCOMPARE(statusAt(page, 1), Format::outboxStatus("unknown"));
        QCOMPARE(statusAt(page, 2), Format::outboxStatus("failed"));
        QVERIFY(ConsoleFixture::findRow(page->model(), OutboxModel::To, "pending@lead.example") <
                0);
        QVERIFY(page->summaryText().contains("3"));
        // The user column names the account, once the engine's user list has arrived.
        QTRY_VERIFY(ConsoleFixture::columnTexts(page->model(), OutboxModel::User)
                        .contains("bob@bolt.example"));

        // One user's rows only.
        auto* users = page->findChild<QComboBox*>("outboxUserFilter");
        QTRY_VERIFY(users->findData(bob) > 0);
        users->setCurrentIndex(users->findData(bob));
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 1);
        QCOMPARE(page->model()->messageAt(0)->id, bobStuck);
        users->setCurrentIndex(0);
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 3);

        // Resend Anna's unknown message, with a reason.
        auto* resend = page->findChild<QPushButton*>("resendMessage");
        auto* markSent = page->findChild<QPushButton*>("markMessageSent");
        QVERIFY(!resend->isEnabled()); // nothing selected yet
        QVERIFY(page->selectMessage(stuck));
        QVERIFY(resend->isEnabled());
        QVERIFY(markSent->isEnabled());
        resend->click();
        confirm(page, "customer never got it");
        const int row = page->model()->rowOf(stuck);
        QTRY_COMPARE(statusAt(page, row), Format::outboxStatus("pending"));
        QCOMPARE(console.engine().text(
                     QStringLiteral("SELECT status FROM outbox WHERE id = %1").arg(stuck)),
                 QStringLiteral("pending"));
        QCOMPARE(console.engine().scalar(
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                    "'outbox.resend' AND target_id = '%1' AND user_id = %2 AND "
                                    "reason = 'customer never got it'")
                         .arg(stuck)
                         .arg(anna)),
                 qint64(1));
        QVERIFY(page->messageBar()->isVisible());
        QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Positive);
        QVERIFY(page->messageBar()->text().contains("stuck@lead.example"));
        QVERIFY(!resend->isEnabled()); // a pending row needs no decision
        QVERIFY(!markSent->isEnabled());

        // A failed row can be resent but not marked sent.
        QVERIFY(page->selectMessage(failed));
        QVERIFY(resend->isEnabled());
        QVERIFY(!markSent->isEnabled());

        // Refreshed, the resent row has left the "needs attention" view.
        page->reload();
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 2);
        QCOMPARE(page->model()->rowOf(stuck), -1);
    }

    void markSentAndARefusedDecision() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 stuck = queue(console, anna, "stuck@lead.example", "unknown");
        const qint64 other = queue(console, anna, "other@lead.example", "unknown");
        QVERIFY(console.open());
        OutboxPage* page = openOutbox(console);
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 2);

        QVERIFY(page->selectMessage(stuck));
        page->findChild<QPushButton*>("markMessageSent")->click();
        confirm(page, QString());
        QTRY_COMPARE(statusAt(page, page->model()->rowOf(stuck)), Format::outboxStatus("sent"));
        QCOMPARE(console.engine().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                        "action = 'outbox.mark-sent' AND "
                                                        "target_id = '%1'")
                                             .arg(stuck)),
                 qint64(1));

        // Someone else (outreachctl, another console) decided first: the page says so and
        // shows the row as it is now; nothing is audited twice.
        QVERIFY(page->selectMessage(other));
        console.engine().exec(
            QStringLiteral("UPDATE outbox SET status = 'pending' WHERE id = %1").arg(other));
        page->findChild<QPushButton*>("resendMessage")->click();
        confirm(page, "second try");
        QTRY_COMPARE(page->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(page->messageBar()->text().contains("only unknown or failed"));
        QCOMPARE(console.engine().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                        "action = 'outbox.resend'")),
                 qint64(0));
        QTRY_VERIFY(!page->isLoading() && page->model()->rowOf(other) < 0);
    }

    void pagesThroughManyRows() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        for (int i = 0; i < OutboxPage::kPageSize + 5; ++i)
            queue(console, anna, QStringLiteral("lead%1@lead.example").arg(i), "pending");
        QVERIFY(console.open());
        OutboxPage* page = openOutbox(console);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->model()->rowCount(), 0); // nothing needs attention
        QVERIFY(page->summaryText().contains("No messages"));

        auto* statuses = page->findChild<QComboBox*>("outboxStatusFilter");
        statuses->setCurrentIndex(statuses->findData(QStringList{"pending"}));
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == OutboxPage::kPageSize);
        QCOMPARE(page->total(), qint64(OutboxPage::kPageSize + 5));
        auto* next = page->findChild<QPushButton*>("outboxNextPage");
        auto* previous = page->findChild<QPushButton*>("outboxPreviousPage");
        QVERIFY(next->isEnabled());
        QVERIFY(!previous->isEnabled());
        next->click();
        QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 5);
        QVERIFY(!next->isEnabled());
        QVERIFY(previous->isEnabled());
        QVERIFY2(page->summaryText().contains(QStringLiteral("101")),
                 qPrintable(page->summaryText()));
        ConsoleFixture::screenshot(console.window(), "outbox-paged");
    }
};

QTEST_MAIN(TestOutboxPage)
#include "tst_outbox_page.moc"
