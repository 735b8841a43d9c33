#pragma once

#include "core/Result.h"
#include "mail/MailTemplate.h"
#include "model/Campaign.h"
#include "model/Lead.h"
#include "model/SenderAccount.h"
#include "model/User.h"

#include <QHash>
#include <QString>
#include <optional>

namespace outreach {

class Clock;
class Database;

// Setting up campaigns: the rules beyond Campaign::validate() that `campaigns add|pause|resume`
// apply, and the audited changes themselves (campaign.add, campaign.edit, campaign.pause,
// campaign.resume), in one place so outreachctl and the console's Campaigns page agree.
//
// Templates are checked when they are saved (MailTemplate's promise), with the field names
// CampaignMailer uses, so an unknown variable is refused at once instead of stopping the
// campaign at send time.
class CampaignSetup {
public:
    // Stores a new campaign for the user: its status follows its schedule, a one-time or
    // recurring campaign gets its first run in the user's zone.
    static Result<Campaign> add(const Database& database, const Clock& clock, qint64 userId,
                                Campaign draft);
    // Changes one of the user's campaigns (`changed.id`). What the engine keeps is kept: the
    // last run, a paused or completed status, and the next run unless the schedule changed.
    static Result<Campaign> update(const Database& database, const Clock& clock, qint64 userId,
                                   Campaign changed);
    static Result<Campaign> setPaused(const Database& database, const Clock& clock, qint64 userId,
                                      qint64 campaignId, bool pause, const QString& reason);

    // Campaign::validate(), then a subject for a body, then every non-empty template parses.
    static Status check(const Campaign& campaign);
    static Status checkTemplates(const Campaign& campaign);

    // A body without a subject to send it with. A body of white space counts as a body, as
    // `campaigns add` has always treated a --body-file.
    static bool missingSubject(const Campaign& campaign);

    // The campaign's templates, parsed with the field names their errors carry ("subject",
    // "body", "followup1-body", "followup2-body"): the subject unless it is empty, each body
    // unless it is blank (a blank follow-up is a step the campaign does not have).
    struct Templates {
        mail::MailTemplate subject;
        std::optional<mail::MailTemplate> initial;
        std::optional<mail::MailTemplate> followUp1;
        std::optional<mail::MailTemplate> followUp2;
    };
    static Result<Templates> parseTemplates(const Campaign& campaign);

    // A new campaign's status: daily and manual campaigns run at once, the others wait for
    // their start.
    static QString initialStatus(const QString& scheduleType);

    // The first run of a one-time or recurring campaign: its start date at its time, in the
    // user's zone, as a UTC instant; none for the other schedules.
    static std::optional<qint64> firstRunAt(const Campaign& campaign, const QString& zoneId);

    // The status a pause or resume moves a campaign to, as `campaigns pause|resume` decides it:
    // a completed campaign cannot be paused, only a paused one can be resumed (to scheduled
    // when it has a next run, else active). The error names the field "campaign".
    static Result<QString> statusAfter(const Campaign& current, bool pause);

    // The values a template is rendered with for one lead: what CampaignMailer queues and the
    // console previews (the unsubscribe link stays empty: it is made when the message is sent).
    static QHash<QString, QString> templateValues(const Lead& lead, const SenderAccount& sender,
                                                  const User& user, const QString& campaignName);

    // The subject of a follow-up: it continues the thread the initial email started.
    static QString followUpSubject(const QString& subject);
};

} // namespace outreach
