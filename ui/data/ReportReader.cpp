#include "data/ReportReader.h"

#include "core/Clock.h"
#include "reports/IsoWeek.h"
#include "reports/WeeklyReportService.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <algorithm>

namespace outreach::ui {

ReportReader::ReportReader(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {}

void ReportReader::load(quint64 token, qint64 userId, const QString& week) {
    if (token != m_wanted.load())
        return; // the page has asked for another user or week since
    ReportData data = read(userId, week);
    Q_EMIT loaded(token, data);
}

ReportData ReportReader::read(qint64 userId, const QString& weekText) const {
    ReportData data;
    data.userId = userId;
    Result<User> user = UserRepository(m_database, m_clock).find(userId);
    if (!user) {
        data.error = user.error().message;
        return data;
    }
    Result<IsoWeek> week = weekText.isEmpty()
                               ? WeeklyReportService::lastCompleteWeek(*user, m_clock.nowMs())
                               : IsoWeek::parse(QStringLiteral("week"), weekText);
    Result<UserScope> scope =
        week ? UserScope::open(m_database, m_clock, userId) : Result<UserScope>(week.error());
    if (!scope) {
        data.error = scope.error().message;
        return data;
    }
    data.week = week->toString();
    const WeeklyReportService service(m_database, m_clock);
    Result<WeeklyReport> report = service.storedOrComputed(*scope, *week, &data.stored);
    if (!report) {
        data.error = report.error().message;
        return data;
    }
    data.report = *report;
    data.history.append(*report);
    IsoWeek earlier = *week;
    for (int i = 1; i < kHistoryWeeks; ++i) {
        earlier = earlier.previous();
        Result<WeeklyReport> past = service.storedOrComputed(*scope, earlier);
        if (!past)
            break; // an unreadable week ends the comparison rather than hiding this week
        data.history.prepend(*past);
    }
    return data;
}

} // namespace outreach::ui
