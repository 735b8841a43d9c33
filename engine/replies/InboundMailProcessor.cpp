#include "replies/InboundMailProcessor.h"

#include <QDateTime>

namespace outreach::replies {
namespace {

using Kind = Classification::Kind;

const QStringList& inSequence() {
    static const QStringList statuses{QStringLiteral("new"), QStringLiteral("contacted"),
                                      QStringLiteral("followup1"), QStringLiteral("followup2")};
    return statuses;
}

std::optional<qint64> dateOf(const MailHeaders& headers) {
    const QDateTime date = QDateTime::fromString(
        QString::fromLatin1(headers.raw("date")).simplified(), Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return date.toMSecsSinceEpoch();
}

} // namespace

Result<InboundMailProcessor::Match> InboundMailProcessor::match(const Classification& c) const {
    Match m;
    const InboundMailRepository inbound = m_scope.inboundMail();
    std::optional<InboundMailRepository::SentMessage> sent;
    if (c.kind == Kind::Unsubscribe && !c.unsubscribeToken.isEmpty()) {
        Result<std::optional<InboundMailRepository::SentMessage>> byToken =
            inbound.findSentByToken(c.unsubscribeToken);
        if (!byToken)
            return byToken.error();
        sent = *byToken;
        m.how = QStringLiteral("unsubscribe token");
    }
    if (!sent && c.kind != Kind::Unmatched) {
        Result<std::optional<InboundMailRepository::SentMessage>> byId =
            inbound.findSent(c.referencedIds);
        if (!byId)
            return byId.error();
        sent = *byId;
        m.how = QStringLiteral("Message-ID");
    }
    if (sent) {
        m.outboxId = sent->outboxId;
        m.leadId = sent->leadId;
        m.address = sent->toAddress;
    }
    if (m.leadId) {
        // The lead's own address is the one we would write to again.
        if (Result<Lead> lead = m_scope.leads().find(*m.leadId); lead)
            m.address = lead->email;
        return m;
    }
    // No sent message names it: the sender's (or for a bounce, the failed recipient's) address
    // among this user's leads who were contacted. An address that never heard from us is
    // not one of our conversations.
    const QString address =
        c.kind == Kind::Bounce || c.kind == Kind::Delayed ? c.bouncedAddress : c.fromAddress;
    if (address.isEmpty() || c.kind == Kind::Unmatched)
        return m;
    Result<Lead> lead = m_scope.leads().findByEmail(address);
    if (!lead) {
        if (lead.error().kind == Error::Kind::NotFound)
            return m;
        return lead.error();
    }
    if (lead->status == QLatin1String("new") && c.kind != Kind::Unsubscribe)
        return m;
    m.leadId = lead->id;
    m.address = lead->email;
    m.how = QStringLiteral("sender address");
    return m;
}

Result<bool> InboundMailProcessor::apply(Kind kind, const Match& match) const {
    if (!match.leadId || kind == Kind::AutoReply || kind == Kind::Delayed ||
        kind == Kind::Unmatched)
        return false;
    Result<Lead> lead = m_scope.leads().find(*match.leadId);
    if (!lead)
        return lead.error().kind == Error::Kind::NotFound ? Result<bool>(false)
                                                          : Result<bool>(lead.error());
    QString status;
    QStringList from = inSequence();
    QString cancelReason;
    QString suppressReason;
    switch (kind) {
    case Kind::Reply:
        status = QStringLiteral("replied");
        cancelReason = QStringLiteral("the lead replied");
        break;
    case Kind::Bounce:
        status = QStringLiteral("bounced");
        from << QStringLiteral("replied");
        cancelReason = QStringLiteral("the address bounced");
        suppressReason = QStringLiteral("hard bounce (delivery report)");
        break;
    case Kind::Unsubscribe:
        status = QStringLiteral("unsubscribed");
        from << QStringLiteral("replied") << QStringLiteral("bounced");
        cancelReason = QStringLiteral("the lead unsubscribed");
        suppressReason = QStringLiteral("unsubscribed");
        break;
    default:
        return false;
    }
    bool changed = false;
    if (from.contains(lead->status)) {
        Result<Lead> marked = m_scope.leads().markStatus(lead->id, status);
        if (!marked)
            return marked.error();
        changed = true;
    }
    if (!suppressReason.isEmpty()) {
        const QString address = match.address.isEmpty() ? lead->email : match.address;
        if (Status added = m_scope.suppression().add(address, suppressReason); !added)
            return added.error();
    }
    Result<int> cancelled = m_scope.outbox().cancelPendingForLead(lead->id, cancelReason);
    if (!cancelled)
        return cancelled.error();
    return changed;
}

Result<InboundMailProcessor::Outcome> InboundMailProcessor::process(const InboundMail& mail,
                                                                    qint64 senderAccountId) const {
    const Classification c = ReplyClassifier::classify(mail);
    Result<Match> matched = match(c);
    if (!matched)
        return matched.error();
    Outcome outcome;
    outcome.kind = c.kind;
    outcome.leadId = matched->leadId;
    outcome.detail = c.reason;
    // A person's reply or an unsubscribe we cannot tie to a lead of this user changes nothing.
    if (!matched->leadId &&
        (c.kind == Kind::Reply || c.kind == Kind::Unsubscribe || c.kind == Kind::Bounce)) {
        outcome.detail = QStringLiteral("%1; no sent message or contacted lead of this user "
                                        "matches")
                             .arg(c.reason);
        outcome.kind = Kind::Unmatched;
    } else if (matched->leadId) {
        outcome.detail +=
            QStringLiteral(" (lead %1 by %2)").arg(*matched->leadId).arg(matched->how);
    }

    InboundMessage row;
    row.messageKey = mail.key();
    row.senderAccountId = senderAccountId;
    row.kind = Classification::kindName(outcome.kind);
    row.leadId = matched->leadId;
    row.outboxId = matched->outboxId;
    row.fromAddress = c.fromAddress;
    row.subject = mail.headers.text("subject");
    row.snippet = mail.snippet();
    row.detail = outcome.detail;
    row.receivedAt = dateOf(mail.headers);
    Status done = m_scope.inboundMail().recordThen(row, [&]() -> Status {
        outcome.recorded = true;
        Result<bool> changed = apply(outcome.kind, *matched);
        if (!changed)
            return changed.error();
        outcome.leadChanged = *changed;
        return Status::success();
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace outreach::replies
