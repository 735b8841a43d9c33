#pragma once

#include "sources/LeadSourceClient.h"

namespace outreach {

// The `sample` lead source of the demo workspace: plausible people at fictional companies,
// generated without any network. The output is a pure function of (user id, day, keywords):
// the same inputs give the same leads on every run and every machine (its own SplitMix64
// generator seeded from a SHA-256 of the inputs; no std:: distributions, whose results
// differ between standard libraries). Keywords are compared without case or order.
// Addresses use the reserved `.example` top-level domain, so a demo can never mail a real
// person. No scores are given: the user's scoring rules score the leads.
class SampleLeadSource final : public LeadSourceClient {
    Q_OBJECT
public:
    static constexpr int maxPerCall = 200;

    explicit SampleLeadSource(QObject* parent = nullptr);

    void fetch(const LeadQuery& query) override;
    void abort() override;

    // The leads fetch() delivers for `query` (at most maxPerCall).
    static QList<Lead> generate(const LeadQuery& query);

private:
    quint64 m_generation = 0;
};

} // namespace outreach
