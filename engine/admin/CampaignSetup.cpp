#include "admin/CampaignSetup.h"

#include "store/AuditedChange.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <tuple>

namespace outreach {
namespace {

QString details(const Campaign& campaign) {
    return QString::fromUtf8(QJsonDocument(campaign.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Campaign> CampaignSetup::add(const Database& database, const Clock& clock, qint64 userId,
                                    Campaign draft) {
    draft.status = initialStatus(draft.scheduleType);
    if (Status valid = check(draft); !valid)
        return valid.error();
    Result<User> owner = UserRepository(database, clock).find(userId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(database, clock, userId);
    if (!scope)
        return scope.error();
    draft.nextRunAt = firstRunAt(draft, owner->timeZone);
    Campaign created;
    const AuditEntry entry{.action = QStringLiteral("campaign.add"),
                           .targetType = QStringLiteral("campaign"),
                           .userId = userId};
    Status done = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        Result<Campaign> added = scope->campaigns().add(draft);
        if (!added)
            return added.error();
        created = *added;
        audit.targetId = QString::number(created.id);
        audit.details = details(created);
        return Status::success();
    });
    if (!done)
        return done.error();
    return created;
}

Result<Campaign> CampaignSetup::update(const Database& database, const Clock& clock, qint64 userId,
                                       Campaign changed) {
    if (Status valid = check(changed); !valid)
        return valid.error();
    Result<User> owner = UserRepository(database, clock).find(userId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(database, clock, userId);
    if (!scope)
        return scope.error();
    Campaign stored;
    const AuditEntry entry{.action = QStringLiteral("campaign.edit"),
                           .targetType = QStringLiteral("campaign"),
                           .targetId = QString::number(changed.id),
                           .userId = userId};
    Status done = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        // Read inside the transaction: a job may have run or completed the campaign since the
        // form was filled in.
        Result<Campaign> current = scope->campaigns().find(changed.id);
        if (!current)
            return current.error();
        changed.lastRunAt = current->lastRunAt;
        changed.status = current->status == QLatin1String("paused") ||
                                 current->status == QLatin1String("completed")
                             ? current->status
                             : initialStatus(changed.scheduleType);
        const bool rescheduled = changed.scheduleType != current->scheduleType ||
                                 changed.scheduleTime != current->scheduleTime ||
                                 changed.startDate != current->startDate;
        changed.nextRunAt = rescheduled ? firstRunAt(changed, owner->timeZone) : current->nextRunAt;
        Result<Campaign> updated = scope->campaigns().update(changed);
        if (!updated)
            return updated.error();
        stored = *updated;
        audit.details = details(stored);
        return Status::success();
    });
    if (!done)
        return done.error();
    return stored;
}

Result<Campaign> CampaignSetup::setPaused(const Database& database, const Clock& clock,
                                          qint64 userId, qint64 campaignId, bool pause,
                                          const QString& reason) {
    Result<UserScope> scope = UserScope::open(database, clock, userId);
    if (!scope)
        return scope.error();
    Campaign changed;
    const AuditEntry entry{.action = pause ? QStringLiteral("campaign.pause")
                                           : QStringLiteral("campaign.resume"),
                           .targetType = QStringLiteral("campaign"),
                           .targetId = QString::number(campaignId),
                           .userId = userId,
                           .reason = reason};
    Status done = runAudited(database, clock, entry, [&](AuditEntry&) -> Status {
        Result<Campaign> current = scope->campaigns().find(campaignId);
        if (!current)
            return current.error();
        Result<QString> status = statusAfter(*current, pause);
        if (!status)
            return status.error();
        Result<Campaign> updated = scope->campaigns().setStatus(campaignId, *status);
        if (!updated)
            return updated.error();
        changed = *updated;
        return Status::success();
    });
    if (!done)
        return done.error();
    return changed;
}

Status CampaignSetup::check(const Campaign& campaign) {
    if (Status valid = campaign.validate(); !valid)
        return valid;
    return checkTemplates(campaign);
}

Status CampaignSetup::checkTemplates(const Campaign& campaign) {
    if (missingSubject(campaign))
        return Error::badInput(QStringLiteral("subject"),
                               QStringLiteral("subject: required when there is a body"));
    if (Result<Templates> templates = parseTemplates(campaign); !templates)
        return templates.error();
    return Status::success();
}

bool CampaignSetup::missingSubject(const Campaign& campaign) {
    return !campaign.bodyInitial.isEmpty() && campaign.subject.trimmed().isEmpty();
}

Result<CampaignSetup::Templates> CampaignSetup::parseTemplates(const Campaign& campaign) {
    Templates templates;
    if (!campaign.subject.isEmpty()) {
        Result<mail::MailTemplate> subject = mail::MailTemplate::parse(
            QStringLiteral("subject"), campaign.subject, mail::MailTemplate::Kind::SingleLine);
        if (!subject)
            return subject.error();
        templates.subject = *subject;
    }
    const std::tuple<QString, const QString*, std::optional<mail::MailTemplate>*> bodies[] = {
        {QStringLiteral("body"), &campaign.bodyInitial, &templates.initial},
        {QStringLiteral("followup1-body"), &campaign.bodyFollowUp1, &templates.followUp1},
        {QStringLiteral("followup2-body"), &campaign.bodyFollowUp2, &templates.followUp2}};
    for (const auto& [field, text, parsed] : bodies) {
        if (text->trimmed().isEmpty())
            continue;
        Result<mail::MailTemplate> body = mail::MailTemplate::parse(field, *text);
        if (!body)
            return body.error();
        *parsed = *body;
    }
    return templates;
}

QString CampaignSetup::initialStatus(const QString& scheduleType) {
    return scheduleType == QLatin1String("daily") || scheduleType == QLatin1String("manual")
               ? QStringLiteral("active")
               : QStringLiteral("scheduled");
}

std::optional<qint64> CampaignSetup::firstRunAt(const Campaign& campaign, const QString& zoneId) {
    if (campaign.scheduleType != QLatin1String("once") &&
        campaign.scheduleType != QLatin1String("recurring"))
        return std::nullopt;
    const QDate date = QDate::fromString(campaign.startDate, QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(campaign.scheduleTime, QStringLiteral("HH:mm"));
    const QDateTime local(date, time, QTimeZone(zoneId.toUtf8()));
    return local.toMSecsSinceEpoch();
}

Result<QString> CampaignSetup::statusAfter(const Campaign& current, bool pause) {
    if (pause) {
        if (current.status == QLatin1String("completed"))
            return Error::badInput(
                QStringLiteral("campaign"),
                QStringLiteral("campaign: %1 is completed; it cannot be paused").arg(current.id));
        return QStringLiteral("paused");
    }
    if (current.status != QLatin1String("paused"))
        return Error::badInput(
            QStringLiteral("campaign"),
            QStringLiteral("campaign: %1 is %2, not paused").arg(current.id).arg(current.status));
    return current.nextRunAt ? QStringLiteral("scheduled") : QStringLiteral("active");
}

QHash<QString, QString> CampaignSetup::templateValues(const Lead& lead, const SenderAccount& sender,
                                                      const User& user,
                                                      const QString& campaignName) {
    const QString fullName = QStringList{lead.firstName, lead.lastName}.join(QLatin1Char(' '));
    return {
        {QStringLiteral("firstName"), lead.firstName},
        {QStringLiteral("lastName"), lead.lastName},
        {QStringLiteral("fullName"), fullName.trimmed()},
        {QStringLiteral("company"), lead.company},
        {QStringLiteral("title"), lead.title},
        {QStringLiteral("email"), lead.email},
        {QStringLiteral("senderName"), sender.fromName},
        {QStringLiteral("senderEmail"), sender.fromAddress},
        {QStringLiteral("senderCompany"), user.name},
        {QStringLiteral("postalAddress"), sender.postalAddress},
        {QStringLiteral("campaignName"), campaignName},
    };
}

QString CampaignSetup::followUpSubject(const QString& subject) {
    return QStringLiteral("Re: ") + subject;
}

} // namespace outreach
