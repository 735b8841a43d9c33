#pragma once

#include "core/Result.h"
#include "model/ImapAccount.h"
#include "store/ScopedRepository.h"

#include <QList>
#include <optional>

namespace outreach {

// The IMAP mailboxes of a user's sender accounts and how far each has been read.
class ImapAccountRepository : public ScopedRepository {
public:
    // Creates or replaces the mailbox of one of this user's sender accounts (NotFound, field
    // "sender", for another user's). Pointing it at another server, login or mailbox forgets
    // how far the old one was read. Runs inside the caller's transaction when there is one.
    Result<ImapAccount> save(ImapAccount draft) const;
    Result<ImapAccount> find(qint64 senderId) const; // NotFound (field "imap")
    // Forgets the mailbox of a sender account and how far it was read (NotFound, field
    // "imap", when it has none).
    Status remove(qint64 senderId) const;
    Result<QList<ImapAccount>> list() const;
    Status setSecretInKeychain(qint64 senderId, bool stored) const;
    // The outcome of the latest check: an empty error for a good one.
    Status recordCheck(qint64 senderId, const QString& error) const;

    Result<std::optional<ImapMailboxState>> mailboxState(qint64 senderId,
                                                         const QString& mailbox) const;
    Status saveMailboxState(qint64 senderId, const QString& mailbox,
                            const ImapMailboxState& state) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
    Result<QList<ImapAccount>> select(std::optional<qint64> senderId) const;
    Status forgetMailboxState(qint64 senderId) const;
};

} // namespace outreach
