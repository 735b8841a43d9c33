#pragma once

#include "model/JobRunUser.h"
#include "model/QuotaUsage.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace outreach::ui {

// What the dashboard shows besides the live engine state, read in one go on the reader thread.
struct DashboardSnapshot {
    struct Failure {
        qint64 runId = 0;
        QString job{};
        JobRunUser outcome{};
    };
    struct QuotaWarning {
        qint64 userId = 0;
        QString userName{};
        QString userEmail{};
        QuotaUsage usage{};
    };

    qint64 asOf = 0;
    QList<Failure> failures{}; // failed user outcomes of the last 24 h, newest first
    QList<QuotaWarning> quotaWarnings{};
    QHash<qint64, QList<QuotaUsage>> quotasByUser{}; // every quota of every user, this month
    qint64 unknownOutbox = 0;         // emails a crash left mid-send: the admin decides
    qint64 repliesSinceYesterday = 0; // leads' replies found since local midnight yesterday
    QString error{};                  // why some of the figures could not be read
};

} // namespace outreach::ui

Q_DECLARE_METATYPE(outreach::ui::DashboardSnapshot)
