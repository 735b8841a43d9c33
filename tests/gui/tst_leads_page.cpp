#include "ConsoleFixture.h"
#include "models/LeadsModel.h"
#include "pages/LeadsPage.h"
#include "store/UserScope.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The Leads page as an admin uses it: one user's leads a page at a time, filtered by status
// and text, and for a lead who answered, the reply itself. Another user's lead with the same
// address never shows up.
class TestLeadsPage : public QObject {
    Q_OBJECT

    static Lead lead(const QString& email, const QString& company) {
        Lead l;
        l.email = email;
        l.firstName = QStringLiteral("First");
        l.lastName = QStringLiteral("Last");
        l.company = company;
        l.score = 70;
        return l;
    }

private Q_SLOTS:
    void leadsPageAndRepliesOnTheLead() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt");
        ManualClock& clock = console.engine().clock();
        UserScope annaScope = *UserScope::open(console.engine().database(), clock, anna);
        QList<Lead> leads;
        for (int i = 0; i < 128; ++i)
            leads << lead(QStringLiteral("lead%1@example.org").arg(i), QStringLiteral("Filler"));
        leads << lead(QStringLiteral("zoe@zeta.example"), QStringLiteral("Zeta 50% Off"))
              << lead(QStringLiteral("olaf@five.example"), QStringLiteral("500 Corp"));
        QCOMPARE(annaScope.leads().insertMany(leads, std::nullopt, QStringLiteral("csv"))->inserted,
                 130);
        const Lead zoe = *annaScope.leads().findByEmail(QStringLiteral("zoe@zeta.example"));
        QVERIFY(annaScope.leads().markStatus(zoe.id, QStringLiteral("replied")).ok());
        InboundMessage reply;
        reply.messageKey = QStringLiteral("<r1@zeta.example>");
        reply.kind = QStringLiteral("reply");
        reply.leadId = zoe.id;
        reply.fromAddress = zoe.email;
        reply.subject = QStringLiteral("Re: Your visibility");
        reply.snippet = QStringLiteral("Sounds good, call me Tuesday.");
        reply.receivedAt = clock.nowMs();
        QVERIFY(*annaScope.inboundMail().record(reply));
        // Bob has a lead with Zoe's address; it is his own and has not replied.
        UserScope bobScope = *UserScope::open(console.engine().database(), clock, bob);
        QCOMPARE(bobScope.leads()
                     .insertMany({lead(zoe.email, QStringLiteral("Zeta"))}, std::nullopt,
                                 QStringLiteral("csv"))
                     ->inserted,
                 1);

        QVERIFY(console.open());
        MainWindow* window = console.window();
        window->showPage("leads");
        LeadsPage* page = window->leadsPage();
        auto* users = page->findChild<QComboBox*>("leadsUser");
        QTRY_VERIFY(users->findData(anna) >= 0 && users->findData(bob) >= 0);
        page->showUser(anna);
        LeadsModel* model = page->model();
        auto* summary = page->findChild<QLabel*>("leadsSummary");
        QTRY_COMPARE(model->rowCount(), LeadsPage::kPageSize);
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("130")), qPrintable(summary->text()));
        auto* next = page->findChild<QPushButton*>("leadsNextPage");
        QVERIFY(next->isEnabled());
        next->click();
        QTRY_COMPARE(model->rowCount(), 30);
        QVERIFY(!next->isEnabled());

        // Replied leads only; selecting Zoe shows her reply.
        auto* status = page->findChild<QComboBox*>("leadsStatus");
        status->setCurrentIndex(status->findData(QStringLiteral("replied")));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, LeadsModel::Email).data().toString(), zoe.email);
        QCOMPARE(model->index(0, LeadsModel::Status).data().toString(),
                 LeadsModel::statusName(QStringLiteral("replied")));
        auto* table = page->findChild<QTableView*>("leadsTable");
        table->selectRow(0);
        auto* messages = page->findChild<QTableWidget*>("leadMessages");
        QTRY_COMPARE(messages->rowCount(), 1);
        QCOMPARE(messages->item(0, 3)->text(), reply.subject);
        QCOMPARE(messages->item(0, 4)->text(), reply.snippet);
        QVERIFY(page->findChild<QLabel*>("leadDetail")->text().contains(zoe.email));
        ConsoleFixture::screenshot(window, "leads");

        // Text search takes "50%" literally: "500 Corp" does not match it.
        status->setCurrentIndex(0);
        auto* search = page->findChild<QLineEdit*>("leadsSearch");
        search->setText(QStringLiteral("50%"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, LeadsModel::Company).data().toString(),
                 QStringLiteral("Zeta 50% Off"));
        search->setText(QStringLiteral("ZETA.example"));
        QTRY_COMPARE(model->rowCount(), 1);

        // Bob's page: only his lead, which has not replied, and no mail shown for it.
        search->clear();
        page->showUser(bob);
        QTRY_COMPARE(model->index(0, LeadsModel::Status).data().toString(),
                     LeadsModel::statusName(QStringLiteral("new")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, LeadsModel::Email).data().toString(), zoe.email);
        table->selectRow(0);
        QTest::qWait(50); // a reply wrongly shown would arrive from the reader by now
        QTRY_COMPARE(messages->rowCount(), 0);
    }
};

QTEST_MAIN(TestLeadsPage)
#include "tst_leads_page.moc"
