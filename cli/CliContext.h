#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace outreach::cli {

class CommandLine;

// What every command needs: the database, the clock (frozen by --now), the output mode and
// the streams. Output goes through print() so that --json and text stay two views of one result.
class CliContext {
public:
    CliContext(QTextStream& out, QTextStream& err);
    ~CliContext();

    // Reads --db / OUTREACH_DB and --now / OUTREACH_NOW; opens nothing yet.
    Status configure(const CommandLine& line);
    // The database, checked to be initialised and current (init itself uses rawDatabase()).
    Result<const Database*> database();
    const Database& rawDatabase() const { return *m_database; }
    const Clock& clock() const { return *m_clock; }
    // The clock when --now froze it (the engine then lets time pass by moving it), else null.
    ManualClock* manualClock() const { return m_manualClock; }
    bool json() const { return m_json; }

    void print(const QJsonValue& json, const QString& text);
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    static QString defaultDatabasePath();

private:
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    ManualClock* m_manualClock = nullptr;
    bool m_json = false;
    bool m_verified = false;
};

} // namespace outreach::cli
