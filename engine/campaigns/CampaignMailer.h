#pragma once

#include "core/Result.h"
#include "mail/MailTemplate.h"
#include "model/Campaign.h"
#include "model/Lead.h"
#include "model/SenderAccount.h"
#include "model/User.h"

#include <QString>
#include <optional>

namespace outreach {

class UserScope;

// Queues one step of a lead's sequence (initial, followup1, followup2) for one campaign: the
// campaign's templates rendered for the lead (`{{firstName|there}}` variables), from the
// user's own sender account, into the user's outbox. Sending is the outbox's business.
//
// Templates are parsed once, when the mailer is prepared: a campaign with no subject or
// initial body, or with an unknown variable, cannot be prepared and no mail of it is queued.
// A follow-up step whose body is empty is not available (hasStep() is false).
class CampaignMailer {
public:
    enum class Queued { Queued, AlreadyQueued };

    static Result<CampaignMailer> prepare(const UserScope& scope, const User& user,
                                          const Campaign& campaign);

    const Campaign& campaign() const { return m_campaign; }
    const SenderAccount& sender() const { return m_sender; }
    bool hasStep(const QString& kind) const;

    // Queues the step, due at `scheduledFor` (0: now). The key of the step (see
    // LeadSequenceRepository::stepKey) makes a second attempt a no-op: AlreadyQueued.
    Result<Queued> queue(const UserScope& scope, const Lead& lead, const QString& kind,
                         qint64 scheduledFor = 0) const;

    // The subject and body of a step for a lead, as queue() would store them.
    Result<std::pair<QString, QString>> render(const Lead& lead, const QString& kind) const;

    static inline const QString kInitial = QStringLiteral("initial");
    static inline const QString kFollowUp1 = QStringLiteral("followup1");
    static inline const QString kFollowUp2 = QStringLiteral("followup2");

private:
    CampaignMailer() = default;
    const std::optional<mail::MailTemplate>& bodyFor(const QString& kind) const;

    User m_user;
    Campaign m_campaign;
    SenderAccount m_sender;
    mail::MailTemplate m_subject;
    std::optional<mail::MailTemplate> m_initial;
    std::optional<mail::MailTemplate> m_followUp1;
    std::optional<mail::MailTemplate> m_followUp2;
};

} // namespace outreach
