#include "MainWindow.h"

#include "UserDirectory.h"
#include "pages/UsersPage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace outreach::ui {

MainWindow::MainWindow(UserDirectory* users, const QString& dataLocation, QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget), m_pages(new QStackedWidget) {
    setWindowTitle(tr("Outreach Console"));
    resize(1100, 700);

    m_navigation->setFixedWidth(180);
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("users"), tr("Users"), new UsersPage(users));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    statusBar()->addWidget(new QLabel(tr("Data: %1").arg(dataLocation)), 1);
    connect(users, &UserDirectory::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    event->ignore();
    Q_EMIT closeRequested();
}

void MainWindow::addPage(const QString& name, const QString& title, QWidget* page) {
    page->setObjectName(name);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, name);
    // Ctrl+1..9 jump to the pages in order.
    const int position = m_navigation->count();
    if (position <= 9) {
        auto* shortcut =
            new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + position)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, position] { m_navigation->setCurrentRow(position - 1); });
    }
}

bool MainWindow::showPage(const QString& name) {
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace outreach::ui
