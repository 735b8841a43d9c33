#pragma once

#include <QMetaType>
#include <QString>

namespace outreach {

struct JobRun;

// Live progress of a running run: users handled so far (any outcome) of the total, items done.
struct RunProgress {
    qint64 runId = 0;
    QString job{};
    int usersHandled = 0;
    int usersTotal = 0;
    int usersFailed = 0;
    qint64 items = 0;
    QString currentUserEmail{}; // empty between users

    // The progress a run row records: users handled in any way, of the total.
    static RunProgress of(const JobRun& run);
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::RunProgress)
