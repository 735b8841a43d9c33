#include "MainWindow.h"

#include "Engine.h"
#include "TrayNotifier.h"
#include "data/AgencySettingsEditor.h"
#include "data/CampaignEditor.h"
#include "data/EditorThread.h"
#include "data/LeadImporter.h"
#include "data/ReaderThread.h"
#include "data/SenderEditor.h"
#include "data/SourceEditor.h"
#include "i18n/LanguageSetup.h"
#include "pages/CampaignsPage.h"
#include "pages/DashboardPage.h"
#include "pages/JobsPage.h"
#include "pages/LeadsPage.h"
#include "pages/LogsPage.h"
#include "pages/OutboxPage.h"
#include "pages/ReportsPage.h"
#include "pages/RunsPage.h"
#include "pages/SettingsPage.h"
#include "pages/UsersPage.h"
#include "widgets/DemoOffer.h"
#include "widgets/ViewerBanner.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace outreach::ui {

namespace {

// Ctrl+1 .. Ctrl+9 reach the first nine pages, Ctrl+0 the tenth (as the digit row reads).
Qt::Key pageKey(int row) {
    return row < 9 ? Qt::Key(Qt::Key_1 + row) : Qt::Key_0;
}

} // namespace

MainWindow::MainWindow(const ConsoleContext& context, QWidget* parent)
    : QMainWindow(parent), m_context(context),
      m_reader(new ReaderThread(*context.database, *context.clock, this)),
      m_editor(new EditorThread(*context.database, this)), m_navigation(new QListWidget),
      m_pages(new QStackedWidget), m_engineState(new QLabel) {
    setWindowTitle(tr("Outreach Console"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1200, 760);
    Engine* engine = context.engine;

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    // The first-start offer sits above the pages while the workspace has no users.
    m_demoOffer = new DemoOffer(m_reader->workspace());
    auto* pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->addWidget(m_demoOffer);
    if (!context.viewerOf.isEmpty()) {
        auto* banner = new ViewerBanner(context.viewerOf);
        pageColumn->addWidget(banner);
        connect(banner, &ViewerBanner::recheckRequested, this, &MainWindow::viewerRecheckRequested);
    }
    pageColumn->addWidget(m_pages, 1);
    layout->addLayout(pageColumn, 1);
    connect(m_demoOffer, &DemoOffer::openDemoRequested, this, &MainWindow::demoRequested);
    connect(engine, &Engine::usersLoaded, m_demoOffer, &DemoOffer::refresh);
    setCentralWidget(central);

    m_dashboard = new DashboardPage(engine, m_reader->dashboard(), *context.clock);
    m_users = new UsersPage(engine, m_reader->dashboard());
    m_jobs = new JobsPage(engine, *context.clock);
    m_runs = new RunsPage(engine);
    m_logs = new LogsPage(engine, m_reader->logs());
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);
    addPage(QStringLiteral("users"), tr("Users"), m_users);
    addPage(QStringLiteral("jobs"), tr("Jobs"), m_jobs);
    addPage(QStringLiteral("runs"), tr("Runs"), m_runs);
    addPage(QStringLiteral("logs"), tr("Logs"), m_logs);
    m_reports = new ReportsPage(engine, m_reader->reports(), *context.clock);
    addPage(QStringLiteral("reports"), tr("Reports"), m_reports);
    m_outbox = new OutboxPage(engine, m_reader->outbox());
    addPage(QStringLiteral("outbox"), tr("Outbox"), m_outbox);
    m_campaigns =
        new CampaignsPage(engine, m_editor->make<CampaignEditor>(*context.database, *context.clock),
                          m_editor->make<LeadImporter>(*context.database, *context.clock));
    addPage(QStringLiteral("campaigns"), tr("Campaigns"), m_campaigns);
    m_leads = new LeadsPage(engine, m_reader->leads());
    addPage(QStringLiteral("leads"), tr("Leads"), m_leads);
    // Settings stays the last page.
    m_settings =
        new SettingsPage(engine,
                         {m_editor->make<SenderEditor>(*context.database, *context.clock),
                          m_editor->make<SourceEditor>(*context.database, *context.clock),
                          m_editor->make<AgencySettingsEditor>(*context.database, *context.clock)},
                         context.dataLocation);
    addPage(QStringLiteral("settings"), tr("Settings"), m_settings);
    // The list is as wide as its longest (translated) title, not a fixed guess.
    m_navigation->setFixedWidth(std::max(140, m_navigation->sizeHintForColumn(0) + 32));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    connect(m_runs, &RunsPage::showLogsRequested, this, [this](const LogFilter& filter) {
        m_logs->applyFilter(filter);
        showPage(QStringLiteral("logs"));
    });
    auto showRun = [this](qint64 runId) {
        m_runs->showRun(runId);
        showPage(QStringLiteral("runs"));
    };
    connect(m_dashboard, &DashboardPage::showRunRequested, this, showRun);
    connect(m_jobs, &JobsPage::showRunRequested, this, showRun);
    connect(m_dashboard, &DashboardPage::showPageRequested, this,
            [this](const QString& name) { showPage(name); });

    m_notifier = new TrayNotifier(engine, m_reader->dashboard(), this, this);
    connect(m_notifier, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPage(QStringLiteral("dashboard"));
    });

    statusBar()->addWidget(new QLabel(tr("Data: %1").arg(context.dataLocation)), 1);
    statusBar()->addPermanentWidget(m_engineState);
    m_engineState->setText(tr("Engine starting…"));
    const bool viewer = !context.viewerOf.isEmpty();
    connect(engine, &Engine::started, this, [this, viewer] {
        m_engineState->setText(viewer ? tr("Viewer mode") : tr("Engine running"));
        m_engineState->setToolTip(viewer ? tr("Another engine runs the jobs on this database")
                                         : QString());
    });
    connect(engine, &Engine::stopped, this,
            [this] { m_engineState->setText(tr("Engine stopped")); });
    connect(engine, &Engine::operationFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    buildMenus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* entry = m_navigation->item(row);
        QAction* action =
            view->addAction(entry->text(), this, [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | pageKey(row)));
    }

    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QString chosen = LanguageSetup::savedLanguage();
    auto addLanguage = [&](const QString& code, const QString& name) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            LanguageSetup::saveLanguage(code);
            auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                        tr("The console uses the new language from its next "
                                           "start."),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    };
    addLanguage(QString(), tr("System default"));
    for (const auto& [code, name] : LanguageSetup::available())
        addLanguage(code, name);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Outreach Console"), this, [this] {
        auto* box = new QMessageBox(
            QMessageBox::NoIcon, tr("About Outreach Console"),
            tr("<b>Outreach Console %1</b><p>Lead generation and cold-email outreach for an "
               "agency's client accounts, with the job engine running inside the console.</p>")
                .arg(QApplication::applicationVersion()),
            QMessageBox::Ok, this);
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // The engine may be in the middle of a unit of work: let the session stop it first.
    event->ignore();
    Q_EMIT closeRequested();
}

void MainWindow::addPage(const QString& name, const QString& title, QWidget* page) {
    page->setObjectName(name);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, name);
    const int row = m_navigation->count() - 1;
    if (row < 10)
        item->setToolTip(QKeySequence(Qt::CTRL | pageKey(row)).toString(QKeySequence::NativeText));
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

QString MainWindow::currentPage() const {
    QWidget* page = m_pages->currentWidget();
    return page ? page->objectName() : QString();
}

QStringList MainWindow::pageNames() const {
    QStringList names;
    for (int row = 0; row < m_navigation->count(); ++row)
        names << m_navigation->item(row)->data(Qt::UserRole).toString();
    return names;
}

QWidget* MainWindow::page(const QString& name) const {
    for (int index = 0; index < m_pages->count(); ++index)
        if (m_pages->widget(index)->objectName() == name)
            return m_pages->widget(index);
    return nullptr;
}

} // namespace outreach::ui
