#pragma once

#include "core/Result.h"
#include "replies/InboundMail.h"
#include "replies/ReplyClassifier.h"
#include "store/UserScope.h"

#include <optional>

namespace outreach::replies {

// Acts on one received message for one user. The message is tied to this user's data only:
// first by the Message-IDs it refers to (our sent messages, outbox.message_id), then by the
// unsubscribe token in its recipient address, then by its sender's address among this user's
// contacted leads. Its effect, applied once per user and Message-ID:
//   reply        the lead becomes `replied` (replied_at stamped: the funnel counts it) and its
//                pending follow-ups are cancelled;
//   bounce       the lead becomes `bounced`, the address is suppressed, follow-ups cancelled;
//   unsubscribe  the lead becomes `unsubscribed`, the address is suppressed, follow-ups
//                cancelled;
//   auto-reply, delayed, unmatched: recorded, nothing else changes.
// A lead that has moved on (converted, unsubscribed) keeps its status.
class InboundMailProcessor {
public:
    struct Outcome {
        Classification::Kind kind = Classification::Kind::Unmatched;
        std::optional<qint64> leadId;
        bool recorded = false;    // false: the message had been processed before
        bool leadChanged = false; // the lead's status moved
        QString detail;
    };

    explicit InboundMailProcessor(const UserScope& scope) : m_scope(scope) {}

    Result<Outcome> process(const InboundMail& mail, qint64 senderAccountId) const;

private:
    struct Match {
        std::optional<qint64> leadId;
        std::optional<qint64> outboxId;
        QString address; // the address to suppress for a bounce or an unsubscribe
        QString how;
    };
    Result<Match> match(const Classification& c) const;
    Result<bool> apply(Classification::Kind kind, const Match& match) const;

    UserScope m_scope;
};

} // namespace outreach::replies
