#include "pages/RunsPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "common/RequestIds.h"
#include "models/RunUsersModel.h"
#include "models/RunsModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {
namespace {

bool sameFilter(const RunFilter& a, const RunFilter& b) {
    return a.job == b.job && a.userId == b.userId && a.status == b.status && a.limit == b.limit;
}

void setUpTable(QTableView* table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

RunsPage::RunsPage(Engine* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_runs(new RunsModel(this)),
      m_users(new RunUsersModel(this)), m_message(new MessageBar), m_job(new QComboBox),
      m_user(new QComboBox), m_status(new QComboBox), m_runTable(new QTableView),
      m_userTable(new QTableView), m_runTitle(new QLabel),
      m_runLogs(new QPushButton(tr("Run's &logs"))),
      m_userLogs(new QPushButton(tr("&User's logs in this run"))),
      m_retry(new QPushButton(tr("Re&try failed users…"))),
      m_cancel(new QPushButton(tr("&Cancel run…"))) {
    m_job->setObjectName(QStringLiteral("runsJob"));
    m_job->addItem(tr("All jobs"), QString());
    m_user->setObjectName(QStringLiteral("runsUser"));
    m_user->addItem(tr("All users"), QVariant());
    m_status->setObjectName(QStringLiteral("runsStatus"));
    m_status->addItem(tr("Any status"), QString());
    for (const char* status : {"running", "succeeded", "partial", "failed", "cancelled"})
        m_status->addItem(Format::runStatus(QString::fromLatin1(status)),
                          QString::fromLatin1(status));
    m_runTable->setObjectName(QStringLiteral("runsTable"));
    m_runTable->setModel(m_runs);
    setUpTable(m_runTable);
    m_userTable->setObjectName(QStringLiteral("runUsersTable"));
    m_userTable->setModel(m_users);
    setUpTable(m_userTable);
    m_runTitle->setWordWrap(true);
    m_runTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_runLogs->setObjectName(QStringLiteral("runLogs"));
    m_userLogs->setObjectName(QStringLiteral("userLogs"));
    m_cancel->setObjectName(QStringLiteral("cancelSelectedRun"));

    auto* filters = new QHBoxLayout;
    auto addFilter = [filters](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text);
        label->setBuddy(box);
        filters->addWidget(label);
        filters->addWidget(box, 1);
    };
    addFilter(tr("&Job:"), m_job);
    addFilter(tr("U&ser:"), m_user);
    addFilter(tr("&Status:"), m_status);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_runLogs);
    actions->addWidget(m_userLogs);
    actions->addStretch(1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_retry);

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_runTitle);
    detailsLayout->addWidget(m_userTable, 1);
    detailsLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_runTable);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Runs")));
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    setTabOrder(m_job, m_user);
    setTabOrder(m_user, m_status);
    setTabOrder(m_status, m_runTable);
    setTabOrder(m_runTable, m_userTable);
    setTabOrder(m_userTable, m_runLogs);
    setTabOrder(m_runLogs, m_userLogs);
    setTabOrder(m_userLogs, m_cancel);
    setTabOrder(m_cancel, m_retry);

    connect(m_engine, &Engine::runsLoaded, this, &RunsPage::onRunsLoaded);
    connect(m_engine, &Engine::runLoaded, this, &RunsPage::onRunLoaded);
    connect(m_engine, &Engine::runStarted, this, &RunsPage::onRunStarted);
    connect(m_engine, &Engine::runProgress, this, [this](const RunProgress& progress) {
        m_runs->applyProgress(progress);
        if (progress.runId == selectedRunId())
            updateDetails();
    });
    connect(m_engine, &Engine::userFinished, this, [this](qint64, const JobRunUser& outcome) {
        m_users->upsert(outcome);
        updateDetails();
    });
    connect(m_engine, &Engine::runFinished, this, &RunsPage::onRunFinished);
    connect(m_engine, &Engine::runAccepted, this, &RunsPage::onRunAccepted);
    connect(m_engine, &Engine::runRefused, this, &RunsPage::onRunRefused);
    connect(m_engine, &Engine::started, this, &RunsPage::refresh);
    connect(m_engine, &Engine::jobsLoaded, this, [this](const QList<JobInfo>& jobs) {
        m_applying = true;
        for (const JobInfo& job : jobs)
            if (m_job->findData(job.name) < 0)
                m_job->addItem(job.name, job.name);
        m_applying = false;
    });
    connect(m_engine, &Engine::usersLoaded, this, [this](const QList<User>& users) {
        m_applying = true;
        for (const User& user : users)
            if (m_user->findData(user.id) < 0)
                m_user->addItem(QStringLiteral("%1 <%2>").arg(user.name, user.email), user.id);
        m_applying = false;
    });
    auto filterChanged = [this] {
        if (!m_applying)
            refresh();
    };
    connect(m_job, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_user, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::selectionChanged);
    connect(m_userTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::updateDetails);
    connect(m_runTable, &QTableView::activated, this, [this] { openLogs(false); });
    connect(m_userTable, &QTableView::activated, this, [this] { openLogs(true); });
    connect(m_runLogs, &QPushButton::clicked, this, [this] { openLogs(false); });
    connect(m_userLogs, &QPushButton::clicked, this, [this] { openLogs(true); });
    connect(m_retry, &QPushButton::clicked, this, &RunsPage::askRetry);
    connect(m_cancel, &QPushButton::clicked, this, &RunsPage::cancelSelected);
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &RunsPage::refresh);

    updateDetails();
    refresh();
    callEngine(m_engine, [](Engine& e) {
        e.refreshJobs();
        e.refreshUsers();
    });
}

void RunsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

RunFilter RunsPage::filter() const {
    RunFilter f;
    f.job = m_job->currentData().toString();
    if (m_user->currentData().isValid())
        f.userId = m_user->currentData().toLongLong();
    f.status = m_status->currentData().toString();
    f.limit = kListLimit;
    return f;
}

void RunsPage::setFilter(const RunFilter& filter) {
    m_applying = true;
    int job = m_job->findData(filter.job);
    if (job < 0 && !filter.job.isEmpty()) {
        m_job->addItem(filter.job, filter.job);
        job = m_job->count() - 1;
    }
    m_job->setCurrentIndex(std::max(0, job));
    int user = 0;
    if (filter.userId) {
        user = m_user->findData(*filter.userId);
        if (user < 0) {
            m_user->addItem(QStringLiteral("#%1").arg(*filter.userId), *filter.userId);
            user = m_user->count() - 1;
        }
    }
    m_user->setCurrentIndex(user);
    m_status->setCurrentIndex(std::max(0, m_status->findData(filter.status)));
    m_applying = false;
    refresh();
}

void RunsPage::refresh() {
    m_requested = filter();
    const RunFilter wanted = m_requested;
    callEngine(m_engine, [wanted](Engine& e) { e.refreshRuns(wanted); });
}

bool RunsPage::matchesFilter(const JobRun& run) const {
    // A user filter needs the run's outcome rows, which a new run does not have yet.
    return (m_requested.job.isEmpty() || run.job == m_requested.job) &&
           (m_requested.status.isEmpty() || run.status == m_requested.status) &&
           !m_requested.userId;
}

void RunsPage::onRunsLoaded(const RunFilter& filter, const QList<JobRun>& runs) {
    if (!sameFilter(filter, m_requested))
        return; // an answer to another page's question
    const qint64 selected = m_wantedRun ? m_wantedRun : selectedRunId();
    m_runs->setRuns(runs);
    const int row = m_runs->rowOf(selected);
    if (row >= 0) {
        m_runTable->selectRow(row);
        m_wantedRun = 0;
    } else if (m_runs->rowCount() > 0) {
        m_runTable->selectRow(0);
    } else {
        m_users->clear();
        updateDetails();
    }
}

void RunsPage::onRunLoaded(const JobRun& run, const QList<JobRunUser>& users) {
    if (run.id != selectedRunId())
        return;
    m_runs->upsert(run);
    m_users->setOutcomes(run.id, users);
    updateDetails();
}

void RunsPage::onRunStarted(const JobRun& run) {
    if (matchesFilter(run))
        m_runs->upsert(run);
}

void RunsPage::onRunFinished(const JobRun& run) {
    if (m_runs->rowOf(run.id) >= 0) {
        if (!m_requested.status.isEmpty() && run.status != m_requested.status)
            refresh(); // it no longer belongs in a list filtered by status
        else
            m_runs->upsert(run);
    } else if (matchesFilter(run)) {
        m_runs->upsert(run);
    } else if (m_requested.userId) {
        refresh();
    }
    if (run.id == selectedRunId()) {
        const qint64 id = run.id;
        callEngine(m_engine, [id](Engine& e) { e.loadRun(id); });
    }
}

void RunsPage::onRunAccepted(quint64 requestId, const JobRun& run) {
    if (!m_myRequests.remove(requestId))
        return;
    m_message->show(MessageBar::Kind::Positive, tr("Run #%1 retries the failed users of run #%2.")
                                                    .arg(run.id)
                                                    .arg(run.retryOf.value_or(0)));
    showRun(run.id);
}

void RunsPage::onRunRefused(quint64 requestId, const Error& error) {
    if (!m_myRequests.remove(requestId))
        return;
    m_message->show(MessageBar::Kind::Error, tr("The retry was refused: %1").arg(error.message));
}

void RunsPage::showRun(qint64 runId) {
    const int row = m_runs->rowOf(runId);
    if (row >= 0) {
        m_runTable->selectRow(row);
        return;
    }
    m_wantedRun = runId;
    setFilter(RunFilter{});
}

qint64 RunsPage::selectedRunId() const {
    const QModelIndexList rows = m_runTable->selectionModel()->selectedRows();
    const JobRun* run = rows.isEmpty() ? nullptr : m_runs->runAt(rows.first().row());
    return run ? run->id : 0;
}

void RunsPage::selectionChanged() {
    const qint64 id = selectedRunId();
    if (id != m_users->runId()) {
        m_users->clear();
        if (id > 0)
            callEngine(m_engine, [id](Engine& e) { e.loadRun(id); });
    }
    updateDetails();
}

void RunsPage::updateDetails() {
    const int row = m_runs->rowOf(selectedRunId());
    const JobRun* run = m_runs->runAt(row);
    const bool userSelected = m_userTable->selectionModel()->hasSelection();
    m_runLogs->setEnabled(run != nullptr);
    m_userLogs->setEnabled(run != nullptr && userSelected);
    m_cancel->setEnabled(run && !run->isFinished() && !run->cancelRequested);
    m_retry->setEnabled(run && run->isFinished() && run->usersFailed > 0);
    if (!run) {
        m_runTitle->setText(tr("No run selected."));
        return;
    }
    QString title =
        tr("Run #%1 of %2 — %3, started %4")
            .arg(run->id)
            .arg(run->job, Format::runStatus(run->status), Format::dateTime(run->startedAt));
    if (!run->requestedBy.isEmpty() && run->trigger != QLatin1String("schedule"))
        title += QStringLiteral(" ") + tr("by %1").arg(run->requestedBy);
    if (run->forced)
        title += QStringLiteral(" ") + tr("(forced)");
    title += QStringLiteral("\n") +
             Format::runUsers(run->usersDone, run->usersFailed, run->usersSkipped, run->usersTotal);
    if (!run->error.isEmpty())
        title += QStringLiteral(" · ") + run->error;
    m_runTitle->setText(title);
}

void RunsPage::openLogs(bool forUser) {
    const qint64 runId = selectedRunId();
    if (runId <= 0)
        return;
    LogFilter f;
    f.runId = runId;
    if (forUser) {
        const QModelIndexList rows = m_userTable->selectionModel()->selectedRows();
        const JobRunUser* outcome =
            rows.isEmpty() ? nullptr : m_users->outcomeAt(rows.first().row());
        if (!outcome)
            return;
        f.userId = outcome->userId;
    }
    Q_EMIT showLogsRequested(f);
}

void RunsPage::askRetry() {
    const qint64 runId = selectedRunId();
    const JobRun* run = m_runs->runAt(m_runs->rowOf(runId));
    if (!run)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("retryDialog"));
    dialog->setWindowTitle(tr("Retry failed users"));
    dialog->setLabelText(tr("Run %1 again for the %n user(s) that failed in run #%2? Users "
                            "that succeeded are not run again.\n\nReason (optional, kept in "
                            "the audit log):",
                            nullptr, run->usersFailed)
                             .arg(run->job)
                             .arg(runId));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString& reason) { retrySelected(reason.trimmed()); });
    dialog->open();
}

void RunsPage::retrySelected(const QString& reason) {
    const qint64 runId = selectedRunId();
    if (runId <= 0)
        return;
    const quint64 requestId = RequestIds::next();
    m_myRequests.insert(requestId);
    callEngine(m_engine, [requestId, runId, reason](Engine& e) {
        e.retryRun(requestId, runId, false, reason);
    });
}

void RunsPage::cancelSelected() {
    const qint64 runId = selectedRunId();
    if (runId <= 0)
        return;
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
