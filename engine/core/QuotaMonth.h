#pragma once

#include <QString>

namespace outreach {

// The month a monthly quota (a lead source's API calls, a user's leads) is counted in.
//
// Quota months are UTC calendar months, for every user whatever their time zone: lead-source
// providers count and bill requests per UTC month, so the console's figure matches the
// provider's invoice, and the admin's `quota` view compares every user over the same span.
// (Weekly reports, which are about the client's own week, use the user's zone instead.)
class QuotaMonth {
public:
    static QuotaMonth containing(qint64 utcMs);

    qint64 startMs() const { return m_startMs; } // first instant of the month, inclusive
    qint64 endMs() const { return m_endMs; }     // first instant of the next month, exclusive
    QString label() const;                       // "2026-12"

private:
    QuotaMonth(int year, int month, qint64 startMs, qint64 endMs)
        : m_year(year), m_month(month), m_startMs(startMs), m_endMs(endMs) {}

    int m_year;
    int m_month;
    qint64 m_startMs;
    qint64 m_endMs;
};

} // namespace outreach
