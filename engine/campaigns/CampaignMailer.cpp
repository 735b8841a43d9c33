#include "campaigns/CampaignMailer.h"

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
    Result<mail::MailTemplate> subject = mail::MailTemplate::parse(
        QStringLiteral("subject"), campaign.subject, mail::MailTemplate::Kind::SingleLine);
    if (!subject)
        return campaignError(campaign, subject.error().message);
    mailer.m_subject = *subject;
    const std::pair<const QString*, std::optional<mail::MailTemplate>*> bodies[] = {
        {&campaign.bodyInitial, &mailer.m_initial},
        {&campaign.bodyFollowUp1, &mailer.m_followUp1},
        {&campaign.bodyFollowUp2, &mailer.m_followUp2}};
    const QString fields[] = {QStringLiteral("body"), QStringLiteral("followup1-body"),
                              QStringLiteral("followup2-body")};
    for (int i = 0; i < 3; ++i) {
        if (bodies[i].first->trimmed().isEmpty())
            continue;
        Result<mail::MailTemplate> body = mail::MailTemplate::parse(fields[i], *bodies[i].first);
        if (!body)
            return campaignError(campaign, body.error().message);
        *bodies[i].second = *body;
    }
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
    const QString fullName = QStringList{lead.firstName, lead.lastName}.join(QLatin1Char(' '));
    // unsubscribeUrl stays empty here (its fallback applies): the link's token is made when
    // the message is sent, and the List-Unsubscribe headers carry it.
    const QHash<QString, QString> values{
        {QStringLiteral("firstName"), lead.firstName},
        {QStringLiteral("lastName"), lead.lastName},
        {QStringLiteral("fullName"), fullName.trimmed()},
        {QStringLiteral("company"), lead.company},
        {QStringLiteral("title"), lead.title},
        {QStringLiteral("email"), lead.email},
        {QStringLiteral("senderName"), m_sender.fromName},
        {QStringLiteral("senderEmail"), m_sender.fromAddress},
        {QStringLiteral("senderCompany"), m_user.name},
        {QStringLiteral("postalAddress"), m_sender.postalAddress},
        {QStringLiteral("campaignName"), m_campaign.name},
    };
    QString subject = m_subject.render(values);
    // Follow-ups continue the thread the initial email started.
    if (kind != kInitial)
        subject = QStringLiteral("Re: ") + subject;
    return std::pair{subject, bodyFor(kind)->render(values)};
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
