#pragma once

#include "model/JobOccurrence.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace outreach {
class Engine;
} // namespace outreach

namespace outreach::ui {

class OccurrencesModel;

// The selected job's recent scheduled fires and their fate. A fire missed while no engine was
// running can be run by hand from here ("Run this missed one now"), which is what
// `outreachctl jobs run-missed` does: the run is tied to that fire and audited.
class JobFiresPanel final : public QWidget {
    Q_OBJECT
public:
    explicit JobFiresPanel(Engine* engine, QWidget* parent = nullptr);

    void setJob(const QString& job); // empty: nothing selected
    void refresh();
    OccurrencesModel* model() const { return m_model; }
    bool selectOccurrence(qint64 occurrenceId);
    // Asks for a reason, then runs the selected missed fire (the button does the same).
    void runSelectedMissed();

Q_SIGNALS:
    // A run of a missed fire was asked of the engine; its answer comes as runAccepted /
    // runRefused with this request id.
    void runRequested(quint64 requestId);

private:
    void onLoaded(const QString& job, const QList<outreach::JobOccurrence>& occurrences);
    void updateButton();
    const JobOccurrence* selected() const;

    Engine* m_engine;
    OccurrencesModel* m_model;
    QTableView* m_table;
    QPushButton* m_runMissed;
    QString m_job;
};

} // namespace outreach::ui
