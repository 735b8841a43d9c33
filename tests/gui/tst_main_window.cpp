#include "ConsoleFixture.h"
#include "pages/JobsPage.h"
#include "pages/LogsPage.h"
#include "pages/OutboxPage.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The window around the pages: only finished pages are listed, Ctrl+1..9 and Ctrl+0 reach
// them, Tab walks a page's fields in reading order, a dark system palette is followed, and
// closing asks the session to stop the engine instead of closing at once.
class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesShortcutsTabOrderAndClose() {
        ConsoleFixture console;
        QVERIFY(console.open());
        MainWindow* window = console.window();
        QCOMPARE(window->pageNames(),
                 QStringList({"dashboard", "users", "jobs", "runs", "logs", "reports", "outbox",
                              "campaigns", "leads", "settings"}));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QStringList names = window->pageNames();
        for (int i = int(names.size()) - 1; i >= 0; --i) {
            QTest::keyClick(window, i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0,
                            Qt::ControlModifier);
            QCOMPARE(window->currentPage(), names.at(i));
        }

        // Tab on the Logs page: level, job, user, run, text, follow, then the table.
        window->showPage("logs");
        LogsPage* logs = window->logsPage();
        QList<QWidget*> expected{logs->findChild<QComboBox*>("logLevel"),
                                 logs->findChild<QComboBox*>("logJob"),
                                 logs->findChild<QComboBox*>("logUser"),
                                 logs->findChild<QLineEdit*>("logRun"),
                                 logs->findChild<QLineEdit*>("logText"),
                                 logs->findChild<QCheckBox*>("logFollow"),
                                 logs->table()};
        expected.first()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), expected.first());
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), expected.at(i));
        }
        // Ctrl+F goes to the search field.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), logs->findChild<QLineEdit*>("logText"));

        // Tab on the Outbox page: status, user, refresh, then the table (the paging and
        // decision buttons are disabled with nothing to page or select).
        window->showPage("outbox");
        OutboxPage* outbox = window->outboxPage();
        QTRY_VERIFY(!outbox->isLoading());
        const QList<QWidget*> outboxOrder{outbox->findChild<QComboBox*>("outboxStatusFilter"),
                                          outbox->findChild<QComboBox*>("outboxUserFilter"),
                                          outbox->findChild<QPushButton*>("outboxRefresh"),
                                          outbox->table()};
        outboxOrder.first()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), outboxOrder.first());
        for (qsizetype i = 1; i < outboxOrder.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), outboxOrder.at(i));
        }
        for (QWidget* widget : outboxOrder)
            QVERIFY2(!widget->accessibleName().isEmpty() || qobject_cast<QPushButton*>(widget),
                     qPrintable(widget->objectName()));

        // The system switches to a dark palette: messages are tinted from the new one.
        MessageBar* bar = window->jobsPage()->messageBar();
        bar->show(MessageBar::Kind::Error, "refused");
        QVERIFY(bar->palette().color(QPalette::Window).lightness() > 150);
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QTRY_VERIFY(bar->palette().color(QPalette::Window).lightness() < 100);
        QApplication::setPalette(light);

        QSignalSpy close(window, &MainWindow::closeRequested);
        QVERIFY(!window->close()); // refused: the session stops the engine first
        QCOMPARE(close.count(), 1);
        QVERIFY(window->isVisible());
        ConsoleFixture::screenshot(window, "main-window");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
