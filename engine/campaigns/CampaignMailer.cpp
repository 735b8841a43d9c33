#include "campaigns/CampaignMailer.h"

#include "admin/CampaignSetup.h"
#include "store/UserScope.h"

namespace outreach {
namespace {

Error campaignError(const Campaign& campaign, const QString& what) {
    return Error::badInput(
        QStringLiteral("campaign"),
        QStringLiteral("campaign %1 (%2): %3").arg(campaign.id).arg(campaign.name, what));
}

} // namespace

Result<CampaignMailer> CampaignMailer::prepare(const UserScope& scope, const User& user,
                                               const Campaign& campaign) {
    CampaignMailer mailer;
    mailer.m_user = user;
    mailer.m_campaign = campaign;
    if (campaign.subject.trimmed().isEmpty() || campaign.bodyInitial.trimmed().isEmpty())
        return campaignError(campaign, QStringLiteral("has no subject or initial email body; "
                                                      "nothing of it can be sent"));
    // The same parse as CampaignSetup's check when the campaign was saved; a campaign stored
    // before that check (or written by other means) is still refused here.
    Result<CampaignSetup::Templates> templates = CampaignSetup::parseTemplates(campaign);
    if (!templates)
        return campaignError(campaign, templates.error().message);
    mailer.m_subject = templates->subject;
    mailer.m_initial = templates->initial;
    mailer.m_followUp1 = templates->followUp1;
    mailer.m_followUp2 = templates->followUp2;
    // The user's first sender account: the one the outbox uses for rows that name none.
    Result<QList<SenderAccount>> senders = scope.senders().list();
    if (!senders)
        return senders.error();
    if (senders->isEmpty())
        return Error::badInput(QStringLiteral("sender"),
                               QStringLiteral("sender: user %1 has no sender account; add one "
                                              "with `senders add` before mail can be queued")
                                   .arg(user.id));
    mailer.m_sender = senders->first();
    return mailer;
}

const std::optional<mail::MailTemplate>& CampaignMailer::bodyFor(const QString& kind) const {
    if (kind == kFollowUp1)
        return m_followUp1;
    if (kind == kFollowUp2)
        return m_followUp2;
    return m_initial;
}

bool CampaignMailer::hasStep(const QString& kind) const {
    if (kind != kInitial && kind != kFollowUp1 && kind != kFollowUp2)
        return false;
    return bodyFor(kind).has_value();
}

Result<std::pair<QString, QString>> CampaignMailer::render(const Lead& lead,
                                                           const QString& kind) const {
    if (!hasStep(kind))
        return campaignError(m_campaign, QStringLiteral("has no %1 body").arg(kind));
    // unsubscribeUrl stays empty here (its fallback applies): the link's token is made when
    // the message is sent, and the List-Unsubscribe headers carry it.
    const QHash<QString, QString> values =
        CampaignSetup::templateValues(lead, m_sender, m_user, m_campaign.name);
    const QString subject = m_subject.render(values);
    return std::pair{kind == kInitial ? subject : CampaignSetup::followUpSubject(subject),
                     bodyFor(kind)->render(values)};
}

Result<CampaignMailer::Queued> CampaignMailer::queue(const UserScope& scope, const Lead& lead,
                                                     const QString& kind,
                                                     qint64 scheduledFor) const {
    Result<std::pair<QString, QString>> text = render(lead, kind);
    if (!text)
        return text.error();
    OutboxMessage draft;
    draft.campaignId = m_campaign.id;
    draft.leadId = lead.id;
    draft.senderAccountId = m_sender.id;
    draft.kind = kind;
    draft.toAddress = lead.email;
    draft.subject = text->first;
    draft.bodyText = text->second;
    draft.scheduledFor = scheduledFor;
    draft.idempotencyKey = LeadSequenceRepository::stepKey(scope.userId(), lead.id, kind);
    Result<std::optional<OutboxMessage>> queued = scope.outbox().enqueue(draft);
    if (!queued)
        return queued.error();
    return queued->has_value() ? Queued::Queued : Queued::AlreadyQueued;
}

} // namespace outreach
