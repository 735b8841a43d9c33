#include "widgets/JobPacingPanel.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "widgets/MessageBar.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace outreach::ui {

namespace {
constexpr int kMaxMs = 24 * 60 * 60 * 1000;
}

JobPacingPanel::JobPacingPanel(Engine* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_message(new MessageBar),
      m_table(new QTableWidget(0, ColumnCount)), m_pacing(new QSpinBox), m_grace(new QSpinBox),
      m_reason(new QLineEdit), m_apply(new QPushButton(tr("&Apply to job"))) {
    m_table->setObjectName(QStringLiteral("pacingTable"));
    m_pacing->setObjectName(QStringLiteral("jobPacing"));
    m_grace->setObjectName(QStringLiteral("jobGrace"));
    m_apply->setObjectName(QStringLiteral("applyPacing"));
    m_message->setObjectName(QStringLiteral("pacingMessage"));
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("Pacing between users"), tr("Grace")});
    m_table->setAccessibleName(tr("Pacing per job"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (QSpinBox* box : {m_pacing, m_grace}) {
        box->setRange(0, kMaxMs);
        box->setSuffix(tr(" ms"));
        box->setSingleStep(100);
    }
    m_pacing->setToolTip(tr("Pause between one user's unit of work and the next"));
    m_grace->setToolTip(tr("How late a scheduled fire may still start after the engine was "
                           "down"));
    m_reason->setPlaceholderText(tr("optional, kept in the audit log"));
    m_reason->setMinimumWidth(fontMetrics().horizontalAdvance(m_reason->placeholderText()) + 24);

    auto* form = new QFormLayout;
    form->addRow(tr("&Pacing:"), m_pacing);
    form->addRow(tr("&Grace:"), m_grace);
    form->addRow(tr("&Reason:"), m_reason);
    auto* row = new QHBoxLayout;
    row->addLayout(form);
    row->addWidget(m_apply, 0, Qt::AlignBottom);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);

    connect(m_engine, &Engine::jobsLoaded, this, &JobPacingPanel::onJobsLoaded);
    connect(m_engine, &Engine::jobChanged, this, &JobPacingPanel::onJobChanged);
    connect(m_engine, &Engine::operationFailed, this, [this](const QString& message) {
        if (m_waitingFor.isEmpty())
            return;
        m_waitingFor.clear();
        m_message->show(MessageBar::Kind::Error, tr("Not changed: %1").arg(message));
        onSelection();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JobPacingPanel::onSelection);
    connect(m_apply, &QPushButton::clicked, this, &JobPacingPanel::apply);
    onSelection();
}

void JobPacingPanel::refresh() {
    callEngine(m_engine, [](Engine& e) { e.refreshJobs(); });
}

void JobPacingPanel::showJob(int row, const JobInfo& job) {
    auto* name = new QTableWidgetItem(job.name);
    name->setData(Qt::UserRole, job.name);
    name->setToolTip(job.description);
    auto* pacing = new QTableWidgetItem(Format::duration(job.pacingMs));
    pacing->setData(Qt::UserRole, job.pacingMs);
    auto* grace = new QTableWidgetItem(Format::duration(job.graceMs));
    grace->setData(Qt::UserRole, job.graceMs);
    m_table->setItem(row, Job, name);
    m_table->setItem(row, Pacing, pacing);
    m_table->setItem(row, Grace, grace);
}

void JobPacingPanel::onJobsLoaded(const QList<JobInfo>& jobs) {
    const QString keep = selectedJob();
    m_table->setRowCount(int(jobs.size()));
    for (int row = 0; row < jobs.size(); ++row)
        showJob(row, jobs.at(row));
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectJob(keep);
}

void JobPacingPanel::onJobChanged(const JobInfo& job) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Job)->data(Qt::UserRole).toString() == job.name)
            showJob(row, job);
    if (job.name == m_waitingFor) {
        m_waitingFor.clear();
        m_message->show(
            MessageBar::Kind::Positive,
            tr("%1: pacing %2, grace %3.")
                .arg(job.name, Format::duration(job.pacingMs), Format::duration(job.graceMs)));
    }
    // Another job's news must not overwrite values the admin is typing for this one.
    if (job.name == selectedJob())
        onSelection();
    else
        m_apply->setEnabled(!selectedJob().isEmpty() && m_waitingFor.isEmpty());
}

QString JobPacingPanel::selectedJob() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    return m_table->item(items.first()->row(), Job)->data(Qt::UserRole).toString();
}

bool JobPacingPanel::selectJob(const QString& job) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Job)->data(Qt::UserRole).toString() == job) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void JobPacingPanel::onSelection() {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const bool chosen = !items.isEmpty();
    if (chosen) {
        const int row = items.first()->row();
        m_pacing->setValue(int(m_table->item(row, Pacing)->data(Qt::UserRole).toLongLong()));
        m_grace->setValue(int(m_table->item(row, Grace)->data(Qt::UserRole).toLongLong()));
    }
    m_pacing->setEnabled(chosen);
    m_grace->setEnabled(chosen);
    m_apply->setEnabled(chosen && m_waitingFor.isEmpty());
}

void JobPacingPanel::setPacing(qint64 pacingMs, qint64 graceMs) {
    m_pacing->setValue(int(pacingMs));
    m_grace->setValue(int(graceMs));
}

void JobPacingPanel::apply() {
    const QString job = selectedJob();
    if (job.isEmpty() || !m_waitingFor.isEmpty())
        return;
    m_waitingFor = job;
    m_apply->setEnabled(false);
    callEngine(m_engine, [job, pacing = qint64(m_pacing->value()), grace = qint64(m_grace->value()),
                          reason = m_reason->text().trimmed()](Engine& e) {
        e.configureJob(job, pacing, grace, reason);
    });
}

} // namespace outreach::ui
