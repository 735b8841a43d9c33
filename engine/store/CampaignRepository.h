#pragma once

#include "core/Result.h"
#include "model/Campaign.h"
#include "store/ScopedRepository.h"

#include <QList>

namespace outreach {

class CampaignRepository : public ScopedRepository {
public:
    Result<Campaign> add(Campaign draft) const; // validates; the user id comes from the scope
    Result<QList<Campaign>> list() const;
    Result<QList<Campaign>> listByStatus(const QString& status) const;
    Result<Campaign> find(qint64 id) const; // NotFound (field "campaign") for others' campaigns
    Result<Campaign> update(const Campaign& changed) const;
    Result<Campaign> setStatus(qint64 id, const QString& status) const;

    // Per-(campaign, job) last run, so each job keeps its own 23-hour guard.
    Result<std::optional<qint64>> lastRunOf(qint64 campaignId, const QString& job) const;
    Status recordRun(qint64 campaignId, const QString& job, qint64 at) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
    Result<QList<Campaign>> select(const QString& where, const QVariantMap& params) const;
};

} // namespace outreach
