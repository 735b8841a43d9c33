#pragma once

#include "model/Lead.h"

#include <QList>
#include <QString>
#include <optional>

namespace outreach {

// What one call to a lead source brought back. A failed call (timeout, HTTP error, malformed
// or oversized answer, unreadable file) has success == false and an error; its records are
// empty. A successful call may still carry records the source itself could not read
// (`problem` set): they count as returned, not as valid.
struct LeadFetch {
    struct Record {
        Lead lead{};
        std::optional<int> score{}; // the source's own 0-100 score, when it gave one
        QString problem{};          // why the record cannot be used; empty when readable
    };

    bool success = false;
    int httpStatus = 0;
    QString error{};
    qint64 durationMs = 0;
    QList<Record> records{};

    static LeadFetch failure(const QString& error, int httpStatus = 0) {
        LeadFetch fetch;
        fetch.error = error;
        fetch.httpStatus = httpStatus;
        return fetch;
    }
};

} // namespace outreach
