#pragma once

#include "core/Result.h"
#include "store/ScopedRepository.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace outreach {

// Stored weekly reports of the user, one per ISO week; `data` is the report's JSON (the
// reports/ layer owns its shape).
class WeeklyReportRepository : public ScopedRepository {
public:
    struct Stored {
        QString isoWeek{}; // 2026-W49
        qint64 computedAt = 0;
        QByteArray data{};
    };

    // Inserts the week's report or replaces the one stored before (a recomputation).
    Status save(const QString& isoWeek, qint64 computedAt, const QByteArray& data) const;
    Result<Stored> find(const QString& isoWeek) const; // NotFound (field "week")
    // Newest week first.
    Result<QList<Stored>> list(int limit = 520) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
