#pragma once

#include <QObject>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// Tells the console, from the reader thread, whether the workspace has any client accounts
// yet: an empty one gets the demo offer (issue 6, "First start").
class WorkspaceReader final : public QObject {
    Q_OBJECT
public:
    WorkspaceReader(const Database& database, const Clock& clock, QObject* parent = nullptr);

public Q_SLOTS:
    void load();

Q_SIGNALS:
    // `error` is empty when the count could be read.
    void loaded(int userCount, const QString& error);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
