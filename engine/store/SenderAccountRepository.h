#pragma once

#include "core/Result.h"
#include "model/SenderAccount.h"
#include "store/ScopedRepository.h"

#include <QList>

namespace outreach {

class SenderAccountRepository : public ScopedRepository {
public:
    Result<SenderAccount> add(SenderAccount draft) const;
    // Changes an account's settings (everything but its id, owner and secret flag);
    // NotFound (field "sender") for another user's account.
    Result<SenderAccount> update(const SenderAccount& changed) const;
    Result<QList<SenderAccount>> list() const;
    Result<SenderAccount> find(qint64 id) const; // NotFound (field "sender")
    Status setSecretInKeychain(qint64 id, bool stored) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
    Result<QList<SenderAccount>> select(const QString& where, std::optional<qint64> id) const;
};

} // namespace outreach
