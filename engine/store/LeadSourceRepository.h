#pragma once

#include "core/Result.h"
#include "model/LeadSource.h"
#include "store/ScopedRepository.h"

#include <QList>

namespace outreach {

class LeadSourceRepository : public ScopedRepository {
public:
    Result<LeadSource> add(LeadSource draft) const;
    // Changes a source's settings (not its secret flag); NotFound (field "source") for
    // another user's source.
    Result<LeadSource> update(const LeadSource& changed) const;
    Result<QList<LeadSource>> list() const;
    Result<QList<LeadSource>> listEnabled() const;
    Result<LeadSource> find(qint64 id) const; // NotFound (field "source")
    Status setSecretInKeychain(qint64 id, bool stored) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
    Result<QList<LeadSource>> select(const QString& where, std::optional<qint64> id) const;
};

} // namespace outreach
