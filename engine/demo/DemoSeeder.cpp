#include "demo/DemoSeeder.h"

#include "campaigns/CampaignCalendar.h"
#include "campaigns/CampaignExecutionService.h"
#include "core/Clock.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/OutboxDelivery.h"
#include "reports/IsoWeek.h"
#include "reports/WeeklyReportService.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace outreach {

struct DemoSeeder::Persona {
    QString name;
    QString email;
    QString zone;
    QString sender;
    QString postalAddress;
    QStringList keywords;
    QString pitch;  // what the client sells, in the initial email
    Campaign extra; // the campaign of a further schedule type (once, recurring, manual)
};

namespace {

const QString kSubject = QStringLiteral("A quick idea for {{company|your team}}");

QString initialBody(const QString& pitch) {
    return QStringLiteral("Hi {{firstName|there}},\n\n%1\n\n"
                          "Would a 15-minute call next week be useful for "
                          "{{company|your team}}?\n\n"
                          "Best regards,\n{{senderName}}\n{{senderCompany}}\n")
        .arg(pitch);
}

const QString kFollowUp1 = QStringLiteral("Hi {{firstName|there}},\n\n"
                                          "just bringing my note from last week back to the top "
                                          "of your inbox. Is this on your list for "
                                          "{{company|your team}} this quarter?\n\n"
                                          "{{senderName}}\n");
const QString kFollowUp2 = QStringLiteral("Hi {{firstName|there}},\n\n"
                                          "I will not keep writing. If the timing is wrong, "
                                          "a one-word reply is enough and I will close the "
                                          "loop.\n\nThanks,\n{{senderName}}\n");

Campaign extraCampaign(const QString& name, const QString& type, int recurrenceDays,
                       const QStringList& keywords, const QString& pitch) {
    Campaign c;
    c.name = name;
    c.scheduleType = type;
    c.recurrenceDays = recurrenceDays;
    c.keywords = keywords; // its own audience: the sample source finds other people
    c.dailyLimit = 5;
    c.subject = kSubject;
    c.bodyInitial = initialBody(pitch);
    return c;
}

QDateTime localTime(const QDate& date, int hour, const QTimeZone& zone) {
    return QDateTime(date, QTime(hour, 0), zone).toUTC();
}

} // namespace

DemoSeeder::DemoSeeder(const Database& database, const Clock& clock, QString mailFolder)
    : m_database(database), m_clock(clock), m_mailFolder(std::move(mailFolder)) {}

Result<QList<User>> DemoSeeder::seed() const {
    const QList<Persona> personas = {
        {QStringLiteral("Harbor Coffee Roasters"),
         QStringLiteral("maya@harborcoffee.example"),
         QStringLiteral("America/New_York"),
         QStringLiteral("Maya Brooks"),
         QStringLiteral("Harbor Coffee Roasters, 12 Pier Street, Portland, ME 04101, USA"),
         {QStringLiteral("retail"), QStringLiteral("food")},
         QStringLiteral(
             "We roast single-origin coffee and deliver it fresh to offices every week."),
         extraCampaign(QStringLiteral("Holiday blend launch"), QStringLiteral("once"), 0,
                       {QStringLiteral("hospitality"), QStringLiteral("gifts")},
                       QStringLiteral("Our limited holiday blend is out, with gift boxes "
                                      "your clients will remember."))},
        {QStringLiteral("Alpenblick Software"),
         QStringLiteral("jonas@alpenblick.example"),
         QStringLiteral("Europe/Berlin"),
         QStringLiteral("Jonas Weber"),
         QStringLiteral("Alpenblick Software GmbH, Talstrasse 5, 80331 Munich, Germany"),
         {QStringLiteral("software"), QStringLiteral("cloud")},
         QStringLiteral("We help engineering teams ship twice a week without weekend "
                        "on-call."),
         extraCampaign(QStringLiteral("Weekly webinar invitations"), QStringLiteral("recurring"), 7,
                       {QStringLiteral("saas"), QStringLiteral("devops")},
                       QStringLiteral("Every Thursday we run a free 30-minute webinar on "
                                      "release automation."))},
        {QStringLiteral("Sakura Design Studio"),
         QStringLiteral("kenji@sakura-design.example"),
         QStringLiteral("Asia/Tokyo"),
         QStringLiteral("Kenji Sato"),
         QStringLiteral("Sakura Design Studio, 2-1 Jingumae, Shibuya, Tokyo 150-0001, Japan"),
         {QStringLiteral("media"), QStringLiteral("design")},
         QStringLiteral("We redesign product websites in four weeks, at a fixed price."),
         extraCampaign(QStringLiteral("Conference follow-ups"), QStringLiteral("manual"), 0,
                       {QStringLiteral("events"), QStringLiteral("marketing")},
                       QStringLiteral("It was good to meet at the design conference. As "
                                      "promised, our portfolio: sakura-design.example/work"))},
    };
    QList<User> users;
    for (const Persona& persona : personas) {
        Result<User> user = seedUser(persona);
        if (!user)
            return user.error();
        users.append(*user);
    }
    return users;
}

Result<User> DemoSeeder::seedUser(const Persona& persona) const {
    const QTimeZone zone(persona.zone.toUtf8());
    const QDateTime local = m_clock.now().toTimeZone(zone);
    qint64 dailyId = 0;
    User created;
    // The set-up is one transaction: a demo is either there entirely or not at all.
    Status stored = m_database.transaction([&](QSqlDatabase&) -> Status {
        User draft;
        draft.name = persona.name;
        draft.email = persona.email;
        draft.timeZone = persona.zone;
        draft.dailyEmailQuota = 100;
        draft.monthlyLeadQuota = 500;
        Result<User> user = UserRepository(m_database, m_clock).add(draft);
        if (!user)
            return user.error();
        created = *user;
        Result<UserScope> scope = UserScope::open(m_database, m_clock, user->id);
        if (!scope)
            return scope.error();

        SenderAccount sender;
        sender.fromName = persona.sender;
        sender.fromAddress = persona.email;
        sender.smtpHost = QUrl::fromLocalFile(m_mailFolder).toString(); // a file:/// account
        sender.smtpPort = 25;
        sender.tlsMode = QStringLiteral("none");
        sender.dailyCap = 200;
        sender.postalAddress = persona.postalAddress;
        if (Result<SenderAccount> added = scope->senders().add(sender); !added)
            return added.error();

        LeadSource source;
        source.kind = QStringLiteral("sample");
        source.monthlyQuota = 300;
        source.costPerCall = 0.25;
        if (Result<LeadSource> added = scope->sources().add(source); !added)
            return added.error();

        // Due this hour in the user's zone, so lead generation and outreach have work now.
        Campaign daily;
        daily.name =
            QStringLiteral("Daily prospects: %1").arg(persona.keywords.join(QStringLiteral(", ")));
        daily.scheduleType = QStringLiteral("daily");
        daily.scheduleTime = local.time().toString(QStringLiteral("HH:00"));
        daily.dailyLimit = 10;
        daily.keywords = persona.keywords;
        daily.followUpEnabled = true;
        daily.followUp1DelayDays = 3;
        daily.followUp2DelayDays = 4;
        daily.subject = kSubject;
        daily.bodyInitial = initialBody(persona.pitch);
        daily.bodyFollowUp1 = kFollowUp1;
        daily.bodyFollowUp2 = kFollowUp2;
        Result<Campaign> dailyAdded = scope->campaigns().add(daily);
        if (!dailyAdded)
            return dailyAdded.error();
        dailyId = dailyAdded->id;

        // One-time and recurring campaigns start today at this minute: the scheduled-campaigns
        // job picks them up on its next run. A manual campaign waits for "Run campaign now".
        Campaign extra = persona.extra;
        extra.scheduleTime = local.time().toString(QStringLiteral("HH:mm"));
        extra.status = extra.scheduleType == QLatin1String("manual") ? QStringLiteral("active")
                                                                     : QStringLiteral("scheduled");
        if (extra.scheduleType != QLatin1String("manual")) {
            extra.startDate = local.date().toString(Qt::ISODate);
            extra.nextRunAt = CampaignCalendar(zone).startInstant(extra);
        }
        if (Result<Campaign> added = scope->campaigns().add(extra); !added)
            return added.error();
        return Status::success();
    });
    if (!stored)
        return stored.error();
    if (Status history = seedHistory(created, dailyId); !history)
        return history.error();
    return created;
}

Status DemoSeeder::seedHistory(const User& user, qint64 dailyCampaignId) const {
    const QTimeZone zone(user.timeZone.toUtf8());
    Result<IsoWeek> week = WeeklyReportService::lastCompleteWeek(user, m_clock.nowMs());
    if (!week)
        return week.error();
    const QDate monday = week->monday();
    // Tuesday 10:00 of last week: the campaign ran and its mail went out.
    ManualClock past(localTime(monday.addDays(1), 10, zone));
    Result<UserScope> scope = UserScope::open(m_database, past, user.id);
    if (!scope)
        return scope.error();
    Result<CampaignExecutionService::Execution> ran =
        CampaignExecutionService(m_database, past)
            .runNow(*scope, user, dailyCampaignId, QStringLiteral("demo"),
                    QStringLiteral("demo workspace history"));
    if (!ran)
        return ran.error();
    Result<DeliveryPolicy> policy =
        DeliveryPolicy::fromAgencySettings(m_database, past, DeliveryPolicy{});
    if (!policy)
        return policy.error();
    Result<DeliveryReport> sent = OutboxDelivery::deliverDue(m_database, past, *policy, {user});
    if (!sent)
        return sent.error();

    // Thursday: two of the contacted leads answered; Friday: one of them became a client.
    Result<QList<Lead>> contacted = scope->leads().list(QStringLiteral("contacted"), 2);
    if (!contacted)
        return contacted.error();
    past.set(localTime(monday.addDays(3), 14, zone));
    for (const Lead& lead : *contacted)
        if (Result<Lead> marked = scope->leads().markStatus(lead.id, QStringLiteral("replied"));
            !marked)
            return marked.error();
    past.set(localTime(monday.addDays(4), 11, zone));
    if (!contacted->isEmpty())
        if (Result<Lead> marked =
                scope->leads().markStatus(contacted->first().id, QStringLiteral("converted"));
            !marked)
            return marked.error();
    return Status::success();
}

} // namespace outreach
