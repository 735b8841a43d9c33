#pragma once

#include "sources/LeadSourceClient.h"

namespace outreach {

// The `csv` lead source: each call reads the whole file named by the source's endpoint
// (SPEC §7 columns) with LeadCsvParser. Rows the parser rejects come back as unreadable
// records, so they count as returned but not valid, like an API's bad records.
//
// Keywords are not applied (the file is the admin's own selection) and the query's limit does
// not cut the file: rows imported on an earlier run come back as duplicates every time, so
// cutting at the limit would starve the rows after them. The lead-generation service stops
// inserting when the campaign's target is reached.
class CsvLeadSource final : public LeadSourceClient {
    Q_OBJECT
public:
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    explicit CsvLeadSource(QString path, QObject* parent = nullptr);

    void fetch(const LeadQuery& query) override;
    void abort() override;

    // The file read and parsed now, as a fetch result (what fetch() later delivers).
    static LeadFetch read(const QString& path);

private:
    QString m_path;
    quint64 m_generation = 0;
};

} // namespace outreach
