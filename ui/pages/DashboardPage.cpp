#include "pages/DashboardPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "core/Clock.h"
#include "data/DashboardReader.h"
#include "widgets/PageTitle.h"
#include "widgets/ProgressDelegate.h"

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace outreach::ui {
namespace {

constexpr int kRefreshMs = 60 * 1000;

QTableWidget* makeTable(const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem* item(const QString& text, const QVariant& data = {}) {
    auto* cell = new QTableWidgetItem(text);
    if (data.isValid())
        cell->setData(Qt::UserRole, data);
    cell->setToolTip(text);
    return cell;
}

QGroupBox* box(const QString& title, QWidget* content, QLayout* extra = nullptr) {
    auto* group = new QGroupBox(title);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content, 1);
    if (extra)
        layout->addLayout(extra);
    return group;
}

} // namespace

DashboardPage::DashboardPage(Engine* engine, DashboardReader* reader, const Clock& clock,
                             QWidget* parent)
    : QWidget(parent), m_engine(engine), m_reader(reader), m_clock(clock), m_summary(new QLabel),
      m_running(makeTable(QStringLiteral("dashboardRunning"),
                          {tr("Job"), tr("Run"), tr("Progress"), tr("Current user")})),
      m_cancel(new QPushButton(tr("&Cancel run…"))),
      m_next(makeTable(QStringLiteral("dashboardNext"), {tr("Job"), tr("When"), tr("In")})),
      m_failures(makeTable(QStringLiteral("dashboardFailures"),
                           {tr("Time"), tr("Job"), tr("Run"), tr("User"), tr("Error")})),
      m_attention(makeTable(QStringLiteral("dashboardAttention"), {tr("What"), tr("Details")})),
      m_timer(new QTimer(this)), m_reload(new QTimer(this)) {
    m_reload->setSingleShot(true);
    m_reload->setInterval(kReloadDelayMs);
    connect(m_reload, &QTimer::timeout, m_reader, &DashboardReader::load);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_running->setItemDelegateForColumn(2, new ProgressDelegate(m_running));
    m_running->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_running->horizontalHeader()->setStretchLastSection(false);
    m_cancel->setObjectName(QStringLiteral("dashboardCancel"));
    m_cancel->setEnabled(false);

    auto* cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancel);
    // What needs the admin comes first, and only when there is something.
    m_attentionBox = box(tr("Needs attention"), m_attention);
    m_attentionBox->hide();
    m_attention->setMaximumHeight(m_attention->verticalHeader()->defaultSectionSize() * 5);
    auto* grid = new QGridLayout;
    grid->addWidget(m_attentionBox, 0, 0, 1, 2);
    grid->addWidget(box(tr("Running now"), m_running, cancelRow), 1, 0);
    grid->addWidget(box(tr("Next scheduled runs"), m_next), 1, 1);
    grid->addWidget(box(tr("Failed users, last 24 hours"), m_failures), 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Dashboard")));
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(m_engine, &Engine::jobsLoaded, this, &DashboardPage::onJobsLoaded);
    connect(m_engine, &Engine::jobChanged, this, [this](const JobInfo& job) {
        for (JobInfo& known : m_jobs)
            if (known.name == job.name)
                known = job;
        showNext();
    });
    connect(m_engine, &Engine::runStarted, this, [this](const JobRun& run) {
        RunProgress p;
        p.runId = run.id;
        p.job = run.job;
        p.usersTotal = run.usersTotal;
        m_runs.insert(run.id, p);
        showRunning();
    });
    connect(m_engine, &Engine::runProgress, this, [this](const RunProgress& progress) {
        m_runs.insert(progress.runId, progress);
        showRunning();
    });
    connect(m_engine, &Engine::runFinished, this, [this](const JobRun& run) {
        m_runs.remove(run.id);
        showRunning();
        reloadSnapshot();
        callEngine(m_engine, [](Engine& e) { e.refreshJobs(); });
    });
    connect(m_engine, &Engine::started, this, [this] {
        callEngine(m_engine, [](Engine& e) { e.refreshJobs(); });
        reloadSnapshot();
    });
    connect(m_reader, &DashboardReader::loaded, this, &DashboardPage::onSnapshot);
    connect(m_running, &QTableWidget::itemSelectionChanged, this,
            [this] { m_cancel->setEnabled(!m_running->selectedItems().isEmpty()); });
    connect(m_cancel, &QPushButton::clicked, this, &DashboardPage::cancelSelected);
    auto openRun = [this](QTableWidget* table, int column) {
        return [this, table, column](int row) {
            if (QTableWidgetItem* cell = table->item(row, column))
                Q_EMIT showRunRequested(cell->data(Qt::UserRole).toLongLong());
        };
    };
    connect(m_failures, &QTableWidget::cellActivated, this,
            [open = openRun(m_failures, 2)](int row, int) { open(row); });
    connect(m_running, &QTableWidget::cellActivated, this,
            [open = openRun(m_running, 1)](int row, int) { open(row); });
    connect(m_attention, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* cell = m_attention->item(row, 0))
            Q_EMIT showPageRequested(cell->data(Qt::UserRole).toString());
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        showNext(); // the "in 5 min" texts move on
        reloadSnapshot();
    });
    m_timer->start(kRefreshMs);

    showRunning();
    showNext();
    showSummary();
    callEngine(m_engine, [](Engine& e) { e.refreshJobs(); });
    reloadSnapshot();
}

void DashboardPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reloadSnapshot();
}

void DashboardPage::reloadSnapshot() {
    // Runs that finish together (send-campaign-emails every minute, a burst of retries) ask
    // for the figures once, not once each.
    if (!m_reload->isActive())
        m_reload->start();
}

void DashboardPage::onJobsLoaded(const QList<JobInfo>& jobs) {
    m_jobs = jobs;
    // Runs that started before the console did (or that were missed) come from the overview.
    QSet<qint64> running;
    for (const JobInfo& job : jobs) {
        if (!job.runningRunId)
            continue;
        running.insert(*job.runningRunId);
        if (!m_runs.contains(*job.runningRunId)) {
            const RunProgress p = job.lastRun && job.lastRun->id == *job.runningRunId
                                      ? RunProgress::of(*job.lastRun)
                                      : RunProgress{.runId = *job.runningRunId, .job = job.name};
            m_runs.insert(p.runId, p);
        }
    }
    for (auto it = m_runs.begin(); it != m_runs.end();)
        it = running.contains(it.key()) ? std::next(it) : m_runs.erase(it);
    showRunning();
    showNext();
}

void DashboardPage::showRunning() {
    const qint64 selected =
        m_running->selectedItems().isEmpty()
            ? 0
            : m_running->item(m_running->currentRow(), 1)->data(Qt::UserRole).toLongLong();
    m_running->setRowCount(int(m_runs.size()));
    int row = 0;
    for (const RunProgress& p : std::as_const(m_runs)) {
        m_running->setItem(row, 0, item(p.job));
        m_running->setItem(row, 1, item(QStringLiteral("#%1").arg(p.runId), p.runId));
        auto* bar = item(tr("%1 / %2 users").arg(p.usersHandled).arg(p.usersTotal));
        bar->setData(ProgressDelegate::PercentRole,
                     p.usersTotal > 0 ? p.usersHandled * 100 / p.usersTotal : 0);
        m_running->setItem(row, 2, bar);
        m_running->setItem(row, 3, item(p.currentUserEmail));
        if (p.runId == selected)
            m_running->selectRow(row);
        ++row;
    }
    m_cancel->setEnabled(!m_running->selectedItems().isEmpty());
    showSummary();
}

void DashboardPage::showNext() {
    struct Next {
        QString job;
        qint64 at;
    };
    QList<Next> next;
    for (const JobInfo& job : std::as_const(m_jobs))
        if (!job.paused && !job.nextRuns.isEmpty())
            next.append({job.name, job.nextRuns.first()});
    std::sort(next.begin(), next.end(), [](const Next& a, const Next& b) {
        return a.at != b.at ? a.at < b.at : a.job < b.job;
    });
    if (next.size() > kShownNextRuns)
        next.resize(kShownNextRuns);
    const qint64 now = m_clock.nowMs();
    m_next->setRowCount(int(next.size()));
    for (int row = 0; row < next.size(); ++row) {
        m_next->setItem(row, 0, item(next.at(row).job));
        m_next->setItem(row, 1, item(Format::dateTime(next.at(row).at)));
        m_next->setItem(row, 2, item(Format::relative(next.at(row).at, now)));
    }
}

void DashboardPage::onSnapshot(const DashboardSnapshot& snapshot) {
    m_snapshot = snapshot;
    m_failures->setRowCount(int(snapshot.failures.size()));
    for (int row = 0; row < snapshot.failures.size(); ++row) {
        const DashboardSnapshot::Failure& f = snapshot.failures.at(row);
        m_failures->setItem(
            row, 0, item(Format::dateTime(f.outcome.finishedAt.value_or(f.outcome.startedAt))));
        m_failures->setItem(row, 1, item(f.job));
        m_failures->setItem(row, 2, item(QStringLiteral("#%1").arg(f.runId), f.runId));
        m_failures->setItem(row, 3, item(f.outcome.userEmail));
        m_failures->setItem(row, 4, item(f.outcome.error));
    }
    QStyle* style = QApplication::style();
    int rows = int(snapshot.quotaWarnings.size()) + (snapshot.unknownOutbox > 0 ? 1 : 0) +
               (snapshot.error.isEmpty() ? 0 : 1);
    m_attention->setRowCount(rows);
    int row = 0;
    if (!snapshot.error.isEmpty()) {
        auto* what = item(tr("Figures unavailable"));
        what->setIcon(style->standardIcon(QStyle::SP_MessageBoxCritical));
        m_attention->setItem(row, 0, what);
        m_attention->setItem(row++, 1, item(snapshot.error));
    }
    if (snapshot.unknownOutbox > 0) {
        auto* what = item(tr("Emails in unknown state"), QStringLiteral("outbox"));
        what->setIcon(style->standardIcon(QStyle::SP_MessageBoxWarning));
        m_attention->setItem(row, 0, what);
        m_attention->setItem(
            row++, 1,
            item(tr("%n email(s) may or may not have been sent before the engine stopped; "
                    "resend them or mark them sent on the Outbox page.",
                    nullptr, int(snapshot.unknownOutbox))));
    }
    for (const DashboardSnapshot::QuotaWarning& q : snapshot.quotaWarnings) {
        auto* what = item(tr("Quota: %1").arg(q.userName), QStringLiteral("users"));
        what->setIcon(style->standardIcon(QStyle::SP_MessageBoxWarning));
        m_attention->setItem(row, 0, what);
        QString details = tr("%1: %2% used (%3 of %4)")
                              .arg(Format::quotaLabel(q.usage))
                              .arg(QLocale().toString(q.usage.percent, 'f', 1))
                              .arg(q.usage.used)
                              .arg(q.usage.limit);
        if (q.usage.runsOutOn)
            details += QStringLiteral("; ") +
                       tr("runs out on %1")
                           .arg(QLocale().toString(*q.usage.runsOutOn, QLocale::ShortFormat));
        m_attention->setItem(row++, 1, item(details));
    }
    m_attentionBox->setVisible(rows > 0);
    showSummary();
}

void DashboardPage::showSummary() {
    QStringList parts;
    parts << tr("%n run(s) in progress", nullptr, int(m_runs.size()));
    parts << tr("%n failed user outcome(s) in the last 24 hours", nullptr,
                int(m_snapshot.failures.size()));
    if (!m_snapshot.quotaWarnings.isEmpty())
        parts << tr("%n quota warning(s)", nullptr, int(m_snapshot.quotaWarnings.size()));
    if (m_snapshot.unknownOutbox > 0)
        parts << tr("%n email(s) in unknown state", nullptr, int(m_snapshot.unknownOutbox));
    parts << tr("%n reply/replies from leads since yesterday", nullptr,
                int(m_snapshot.repliesSinceYesterday));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void DashboardPage::cancelSelected() {
    const int row = m_running->currentRow();
    QTableWidgetItem* cell = row >= 0 ? m_running->item(row, 1) : nullptr;
    if (!cell)
        return;
    const qint64 runId = cell->data(Qt::UserRole).toLongLong();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel run"),
                                tr("Cancel run #%1? It stops after the user being processed "
                                   "now; users not reached yet are not run.")
                                    .arg(runId),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, runId] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        callEngine(m_engine, [runId](Engine& e) {
            e.cancelRun(runId, QStringLiteral("cancelled in the console"));
        });
    });
    box->open();
}

} // namespace outreach::ui
