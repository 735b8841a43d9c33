#pragma once

#include "core/Result.h"
#include "model/InboundMessage.h"
#include "store/ScopedRepository.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace outreach {

// A user's received messages that the reply checker acted on, and the lookups that tie a
// received message to what this user sent.
class InboundMailRepository : public ScopedRepository {
public:
    // Stores the message unless this user already has one with its key: true when stored (the
    // caller applies its effects in the same transaction), false when it was known already.
    Result<bool> record(const InboundMessage& message) const;
    // record() and, only when the message is new, `effects`, in one transaction: the effects
    // of a message are applied exactly once, and never without the row that says so.
    Status recordThen(const InboundMessage& message, const std::function<Status()>& effects) const;
    Result<bool> isKnown(const QString& messageKey) const;
    // Newest first; a lead id and a kind narrow the list when given.
    Result<QList<InboundMessage>> list(std::optional<qint64> leadId = std::nullopt,
                                       const QString& kind = {}, int limit = 100) const;
    Result<qint64> countSince(const QString& kind, qint64 sinceMs) const;

    // One of this user's sent messages (an outbox row that has a Message-ID).
    struct SentMessage {
        qint64 outboxId = 0;
        std::optional<qint64> leadId;
        QString toAddress;
        QString kind;
    };
    // The first of `messageIds` ("<a@b>") that names a message this user sent.
    Result<std::optional<SentMessage>> findSent(const QStringList& messageIds) const;
    // When this user's first message with a Message-ID went out, if one did: mail that arrived
    // before it cannot be an answer to anything.
    Result<std::optional<qint64>> firstSentAt() const;
    // The message whose Message-ID carries this unsubscribe token as its left part.
    Result<std::optional<SentMessage>> findSentByToken(const QString& token) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
