#include "pages/JobsPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "common/RequestIds.h"
#include "dialogs/RunNowDialog.h"
#include "dialogs/UserPauseDialog.h"
#include "models/JobsModel.h"
#include "widgets/JobFiresPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"
#include "widgets/ProgressDelegate.h"
#include "widgets/ScheduleEditor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace outreach::ui {
namespace {

// Next-run times are relative ("in 4 min"); the overview is cheap to ask for again.
constexpr int kRefreshMs = 30 * 1000;

} // namespace

JobsPage::JobsPage(Engine* engine, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_clock(clock), m_model(new JobsModel(clock, this)),
      m_message(new MessageBar), m_table(new QTableView), m_jobTitle(new QLabel),
      m_description(new QLabel), m_pausedUsers(new QLabel),
      m_runNow(new QPushButton(tr("&Run now…"))), m_pause(new QPushButton(tr("&Pause job…"))),
      m_userPause(new QPushButton(tr("Pause for a &user…"))),
      m_cancel(new QPushButton(tr("&Cancel run…"))), m_progress(new QProgressBar),
      m_schedule(new ScheduleEditor(clock)), m_fires(new JobFiresPanel(engine)),
      m_refreshTimer(new QTimer(this)) {
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(JobsModel::Progress, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JobsModel::Progress, QHeaderView::Stretch);

    QFont bold = m_jobTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_jobTitle->setFont(bold);
    m_description->setWordWrap(true);
    m_pausedUsers->setWordWrap(true);
    m_runNow->setObjectName(QStringLiteral("runNow"));
    m_pause->setObjectName(QStringLiteral("pauseJob"));
    m_userPause->setObjectName(QStringLiteral("pauseJobForUser"));
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 100);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_runNow);
    actions->addWidget(m_pause);
    actions->addWidget(m_userPause);
    actions->addWidget(m_cancel);
    actions->addSpacing(12);
    actions->addWidget(m_progress, 1);
    actions->addStretch(0); // keeps the buttons at their size while no bar is shown

    auto* scheduleBox = new QGroupBox(tr("Schedule"));
    auto* scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_schedule);
    auto* firesBox = new QGroupBox(tr("Recent fires"));
    auto* firesLayout = new QVBoxLayout(firesBox);
    firesLayout->addWidget(m_fires);
    auto* boxes = new QHBoxLayout;
    boxes->addWidget(scheduleBox, 1);
    boxes->addWidget(firesBox, 1);

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_jobTitle);
    detailsLayout->addWidget(m_description);
    detailsLayout->addLayout(actions);
    detailsLayout->addWidget(m_pausedUsers);
    detailsLayout->addLayout(boxes, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Jobs")));
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    // Tab order follows the reading order: table, actions, then the schedule form.
    setTabOrder(m_table, m_runNow);
    setTabOrder(m_runNow, m_pause);
    setTabOrder(m_pause, m_userPause);
    setTabOrder(m_userPause, m_cancel);
    setTabOrder(m_cancel, m_schedule);
    setTabOrder(m_schedule, m_fires);

    connect(m_engine, &Engine::jobsLoaded, this, &JobsPage::onJobsLoaded);
    connect(m_engine, &Engine::jobChanged, this, &JobsPage::onJobChanged);
    connect(m_engine, &Engine::runAccepted, this, &JobsPage::onRunAccepted);
    connect(m_engine, &Engine::runRefused, this, &JobsPage::onRunRefused);
    connect(m_engine, &Engine::runStarted, this, [this](const JobRun& run) {
        m_model->runStarted(run);
        updateProgress();
    });
    connect(m_engine, &Engine::runProgress, this, [this](const RunProgress& progress) {
        m_model->runProgress(progress);
        updateProgress();
    });
    connect(m_engine, &Engine::runFinished, this, &JobsPage::onRunFinished);
    connect(m_engine, &Engine::operationFailed, this, [this](const QString& message) {
        if (!m_pendingUserPause.isEmpty()) {
            m_pendingUserPause.clear();
            m_message->show(MessageBar::Kind::Error, message);
            return;
        }
        // The engine checks a schedule again before saving it; its refusal belongs here.
        if (m_pendingSchedule.isEmpty())
            return;
        m_pendingSchedule.clear();
        m_message->show(MessageBar::Kind::Error, tr("The schedule was not saved: %1").arg(message));
    });
    connect(m_engine, &Engine::occurrenceRecorded, this, &JobsPage::refresh);
    connect(m_engine, &Engine::started, this, &JobsPage::refresh);
    connect(m_engine, &Engine::usersLoaded, this, [this](const QList<User>& users) {
        m_users = users;
        showSelected();
    });
    connect(m_engine, &Engine::userChanged, this, [this](const User& user) {
        for (User& known : m_users)
            if (known.id == user.id)
                known = user;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPage::showSelected);
    connect(m_runNow, &QPushButton::clicked, this, &JobsPage::openRunNow);
    connect(m_pause, &QPushButton::clicked, this, &JobsPage::togglePause);
    connect(m_userPause, &QPushButton::clicked, this, &JobsPage::openUserPause);
    connect(m_fires, &JobFiresPanel::runRequested, this,
            [this](quint64 requestId) { m_myRequests.insert(requestId); });
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelRun);
    connect(m_schedule, &ScheduleEditor::saveRequested, this, &JobsPage::saveSchedule);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobsPage::refresh);
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &JobsPage::refresh);
    m_refreshTimer->start(kRefreshMs);

    showSelected();
    refresh();
    callEngine(m_engine, [](Engine& e) { e.refreshUsers(); });
}

void JobsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void JobsPage::refresh() {
    callEngine(m_engine, [](Engine& e) { e.refreshJobs(); });
}

bool JobsPage::selectJob(const QString& job) {
    const int row = m_model->rowOf(job);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString JobsPage::selectedJob() const {
    const JobInfo* job = current();
    return job ? job->name : QString();
}

const JobInfo* JobsPage::current() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->jobAt(rows.first().row());
}

void JobsPage::onJobsLoaded(const QList<JobInfo>& jobs) {
    const QString selected = selectedJob();
    m_model->setJobs(jobs);
    if (!selected.isEmpty())
        selectJob(selected);
    else if (!jobs.isEmpty() && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    showSelected();
}

void JobsPage::onJobChanged(const JobInfo& job) {
    m_model->updateJob(job);
    if (job.name == selectedJob()) {
        // An answer to our own save: show the saved schedule as the new baseline.
        if (m_schedule->expression() == job.schedule && m_schedule->timeZone() == job.timeZone)
            m_schedule->setSchedule(job.schedule, job.timeZone);
    }
    if (job.name == m_pendingUserPause) {
        m_pendingUserPause.clear();
        m_message->show(MessageBar::Kind::Positive, m_userPauseDone);
    }
    if (job.name == m_pendingSchedule) {
        m_pendingSchedule.clear();
        m_message->show(
            MessageBar::Kind::Positive,
            tr("Schedule of %1 saved: %2 (%3)").arg(job.name, job.schedule, job.timeZone));
    }
    if (job.name == selectedJob()) {
        showSelected();
    }
}

void JobsPage::onRunAccepted(quint64 requestId, const JobRun& run) {
    if (!m_myRequests.remove(requestId))
        return;
    m_message->show(MessageBar::Kind::Positive,
                    tr("Run #%1 of %2 started.").arg(run.id).arg(run.job));
}

void JobsPage::onRunRefused(quint64 requestId, const Error& error) {
    if (!m_myRequests.remove(requestId))
        return;
    m_message->show(MessageBar::Kind::Error, tr("The run was refused: %1").arg(error.message));
}

void JobsPage::onRunFinished(const JobRun& run) {
    m_model->runFinished(run);
    updateProgress();
    refresh();
}

void JobsPage::showSelected() {
    const JobInfo* job = current();
    const bool has = job != nullptr;
    m_runNow->setEnabled(has);
    m_pause->setEnabled(has);
    m_userPause->setEnabled(has && !m_users.isEmpty());
    m_schedule->setEnabled(has);
    m_fires->setJob(has ? job->name : QString());
    if (!has) {
        m_jobTitle->setText(tr("No job selected"));
        m_description->clear();
        m_pausedUsers->clear();
        m_cancel->setEnabled(false);
        m_progress->hide();
        m_shownJob.clear();
        return;
    }
    m_jobTitle->setText(job->paused ? tr("%1 (paused)").arg(job->name) : job->name);
    QString description = job->description;
    if (job->paused && !job->pauseReason.isEmpty())
        description += QLatin1Char('\n') + tr("Paused: %1").arg(job->pauseReason);
    m_description->setText(description);
    m_pause->setText(job->paused ? tr("Res&ume job…") : tr("&Pause job…"));
    if (job->name != m_shownJob || !m_schedule->isModified())
        m_schedule->setSchedule(job->schedule, job->timeZone);
    m_shownJob = job->name;

    QStringList paused;
    for (qint64 id : job->pausedUserIds) {
        QString name = QStringLiteral("#%1").arg(id);
        for (const User& user : m_users)
            if (user.id == id)
                name = user.name;
        paused << name;
    }
    m_pausedUsers->setVisible(!paused.isEmpty());
    m_pausedUsers->setText(tr("Paused for: %1").arg(paused.join(QStringLiteral(", "))));
    updateProgress();
}

void JobsPage::updateProgress() {
    const JobInfo* job = current();
    const RunProgress* progress = job ? m_model->progressOf(job->name) : nullptr;
    m_cancel->setEnabled(progress != nullptr);
    // One run per job at a time: a second "Run now" would only be refused.
    m_runNow->setEnabled(job && !progress);
    m_progress->setVisible(progress != nullptr);
    if (!progress)
        return;
    m_progress->setValue(
        progress->usersTotal > 0 ? progress->usersHandled * 100 / progress->usersTotal : 0);
    QString text = tr("Run #%1: %2 of %3 users, %4 items")
                       .arg(progress->runId)
                       .arg(progress->usersHandled)
                       .arg(progress->usersTotal)
                       .arg(progress->items);
    if (!progress->currentUserEmail.isEmpty())
        text += QStringLiteral(" · ") + progress->currentUserEmail;
    m_progress->setFormat(text); // the bar carries the text; none of it is a %p/%v/%m
}

RunNowDialog* JobsPage::openRunNow() {
    const JobInfo* job = current();
    if (!job)
        return nullptr;
    auto* dialog = new RunNowDialog(job->name, m_users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RunRequest request = dialog->request();
        request.requestId = RequestIds::next();
        m_myRequests.insert(request.requestId);
        callEngine(m_engine, [request](Engine& e) { e.runJob(request); });
    });
    dialog->open();
    return dialog;
}

UserPauseDialog* JobsPage::openUserPause() {
    const JobInfo* job = current();
    if (!job)
        return nullptr;
    const QString name = job->name;
    const QList<qint64>& ids = job->pausedUserIds;
    auto* dialog = new UserPauseDialog(name, m_users, QSet<qint64>(ids.begin(), ids.end()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        const qint64 userId = dialog->userId();
        const bool pause = dialog->pauses();
        QString who = QStringLiteral("#%1").arg(userId);
        for (const User& user : m_users)
            if (user.id == userId)
                who = user.name;
        m_pendingUserPause = name;
        m_userPauseDone = pause ? tr("%1 is paused for %2.").arg(name, who)
                                : tr("%1 runs again for %2.").arg(name, who);
        callEngine(m_engine, [name, userId, pause, reason = dialog->reason()](Engine& e) {
            if (pause)
                e.pauseJobForUser(name, userId, reason);
            else
                e.resumeJobForUser(name, userId, reason);
        });
    });
    dialog->open();
    return dialog;
}

void JobsPage::togglePause() {
    const JobInfo* job = current();
    if (!job)
        return;
    const QString name = job->name;
    const bool pause = !job->paused;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("pauseJobDialog"));
    dialog->setWindowTitle(pause ? tr("Pause job") : tr("Resume job"));
    dialog->setLabelText(
        pause ? tr("Pause %1? Its scheduled fires are recorded as skipped until it is resumed; "
                   "\"Run now\" still works.\n\nReason (optional, kept in the audit log):")
                    .arg(name)
              : tr("Resume %1? It runs again at its next scheduled time.\n\nReason (optional, "
                   "kept in the audit log):")
                    .arg(name));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name, pause](const QString& r) {
        const QString reason = r.trimmed();
        callEngine(m_engine, [name, pause, reason](Engine& e) {
            if (pause)
                e.pauseJob(name, reason);
            else
                e.resumeJob(name, reason);
        });
    });
    dialog->open();
}

void JobsPage::cancelRun() {
    const JobInfo* job = current();
    const RunProgress* progress = job ? m_model->progressOf(job->name) : nullptr;
    if (!progress)
        return;
    const qint64 runId = progress->runId;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel run"),
                                tr("Cancel run #%1 of %2? It stops after the user being "
                                   "processed now; users not reached yet are not run.")
                                    .arg(runId)
                                    .arg(job->name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, runId] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        callEngine(m_engine, [runId](Engine& e) {
            e.cancelRun(runId, QStringLiteral("cancelled in the console"));
        });
        m_message->show(MessageBar::Kind::Information,
                        tr("Cancelling run #%1 after the current user…").arg(runId));
    });
    box->open();
}

void JobsPage::saveSchedule(const QString& expression, const QString& timeZone) {
    const QString job = selectedJob();
    if (job.isEmpty())
        return;
    callEngine(m_engine, [job, expression, timeZone](Engine& e) {
        e.setJobSchedule(job, expression, timeZone, QString());
    });
    m_pendingSchedule = job;
}

} // namespace outreach::ui
