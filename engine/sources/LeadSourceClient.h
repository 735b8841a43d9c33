#pragma once

#include "sources/LeadFetch.h"
#include "sources/LeadQuery.h"

#include <QObject>

namespace outreach {

// A connection to one lead source (http-json, csv, sample). Calls are asynchronous on the
// owning thread's event loop: fetch() returns at once and finished() follows later, exactly
// once per fetch (never from inside fetch() itself, so a caller can connect, call and return
// without re-entrancy). A client handles one call at a time.
class LeadSourceClient : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void fetch(const LeadQuery& query) = 0;
    // Drops the call in flight without emitting finished(); harmless when idle.
    virtual void abort() = 0;

signals:
    void finished(const outreach::LeadFetch& result);
};

} // namespace outreach
