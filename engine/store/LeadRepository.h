#pragma once

#include "core/Result.h"
#include "model/Lead.h"
#include "model/LeadPageQuery.h"
#include "store/ScopedRepository.h"

#include <QList>

namespace outreach {

class Sql;

class LeadRepository : public ScopedRepository {
public:
    struct InsertOutcome {
        int inserted = 0;
        int duplicates = 0; // already a lead of this user (or twice in the batch)
    };

    // Inserts leads for this user; an address the user already has is kept as it was.
    // Runs inside the caller's transaction when there is one. A campaign id must be the user's.
    Result<InsertOutcome> insertMany(const QList<Lead>& leads, std::optional<qint64> campaignId,
                                     const QString& source) const;
    Result<QList<Lead>> list(const QString& status = {}, int limit = 1000) const;
    Result<Lead> find(qint64 id) const; // NotFound (field "lead") for another user's lead
    Result<Lead> findByEmail(const QString& email) const;
    // Moves a lead to a new status and stamps the matching timestamp column.
    Result<Lead> markStatus(qint64 id, const QString& status) const;
    Result<qint64> count() const;
    // The console's paged view; query.userId is ignored (the scope's user is used).
    Result<QList<Lead>> page(const LeadPageQuery& query) const;
    Result<qint64> countMatching(const LeadPageQuery& query) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
    Result<QList<Lead>> select(const QString& where, const QVariantMap& params, int limit) const;
    static QString matchClause();
    void bindMatch(Sql& sql, const LeadPageQuery& query) const;
};

} // namespace outreach
