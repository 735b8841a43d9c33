#include "widgets/JobFiresPanel.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "common/RequestIds.h"
#include "models/OccurrencesModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

namespace {

// Enough to see the last few days of an hourly job; older fires are in `outreachctl jobs show`.
constexpr int kFiresShown = 50;

} // namespace

JobFiresPanel::JobFiresPanel(Engine* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_model(new OccurrencesModel(this)),
      m_table(new QTableView), m_runMissed(new QPushButton(tr("Run this &missed one now…"))) {
    m_table->setObjectName(QStringLiteral("firesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runMissed->setObjectName(QStringLiteral("runMissed"));
    m_runMissed->setToolTip(tr("Runs the job now for the fire selected above, which was missed "
                               "while no engine was running. The run is audited."));

    auto* hint = new QLabel(tr("Recent scheduled fires and what became of each:"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runMissed);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_engine, &Engine::occurrencesLoaded, this, &JobFiresPanel::onLoaded);
    connect(m_engine, &Engine::occurrenceRecorded, this, [this](const JobOccurrence& o) {
        if (o.job == m_job)
            refresh();
    });
    connect(m_engine, &Engine::runStarted, this, [this](const JobRun& run) {
        if (run.job == m_job)
            refresh(); // a fire run by hand now shows its run
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobFiresPanel::updateButton);
    connect(m_runMissed, &QPushButton::clicked, this, &JobFiresPanel::runSelectedMissed);
    updateButton();
}

void JobFiresPanel::setJob(const QString& job) {
    if (job == m_job)
        return;
    m_job = job;
    m_model->setOccurrences({});
    refresh();
}

void JobFiresPanel::refresh() {
    if (m_job.isEmpty())
        return;
    callEngine(m_engine, [job = m_job](Engine& e) { e.refreshOccurrences(job, kFiresShown); });
}

void JobFiresPanel::onLoaded(const QString& job, const QList<JobOccurrence>& occurrences) {
    if (job != m_job)
        return;
    const JobOccurrence* before = selected();
    const qint64 keep = before ? before->id : 0;
    m_model->setOccurrences(occurrences);
    if (keep)
        selectOccurrence(keep);
    updateButton();
}

bool JobFiresPanel::selectOccurrence(qint64 occurrenceId) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->occurrenceAt(row)->id == occurrenceId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const JobOccurrence* JobFiresPanel::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->occurrenceAt(rows.first().row());
}

void JobFiresPanel::updateButton() {
    const JobOccurrence* occurrence = selected();
    m_runMissed->setEnabled(occurrence && OccurrencesModel::canRunNow(*occurrence));
}

void JobFiresPanel::runSelectedMissed() {
    const JobOccurrence* occurrence = selected();
    if (!occurrence || !OccurrencesModel::canRunNow(*occurrence))
        return;
    const qint64 id = occurrence->id;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("runMissedDialog"));
    dialog->setWindowTitle(tr("Run missed fire"));
    dialog->setLabelText(tr("Run %1 now for its fire of %2, which was missed?\n\nReason "
                            "(optional, kept in the audit log):")
                             .arg(m_job, Format::dateTime(occurrence->lastAt)));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& text) {
        const quint64 requestId = RequestIds::next();
        Q_EMIT runRequested(requestId);
        callEngine(m_engine, [requestId, id, reason = text.trimmed()](Engine& e) {
            e.runOccurrence(requestId, id, reason);
        });
    });
    dialog->open();
}

} // namespace outreach::ui
