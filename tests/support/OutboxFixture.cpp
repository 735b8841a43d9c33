#include "OutboxFixture.h"

#include "core/Clock.h"
#include "outbox/OutboxDelivery.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

namespace outreach::test {

OutboxFixture::OutboxFixture(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

qint64 OutboxFixture::addUser(const QString& email, const QString& timeZone) {
    User u;
    u.email = email;
    u.name = email.section(QLatin1Char('@'), 0, 0);
    u.timeZone = timeZone;
    u.dailyEmailQuota = 5000;
    Result<User> added = UserRepository(m_database, m_clock).add(u);
    return added ? added->id : 0;
}

User OutboxFixture::user(qint64 id) const {
    Result<User> found = UserRepository(m_database, m_clock).find(id);
    return found ? *found : User{};
}

qint64 OutboxFixture::addSender(qint64 userId, const SenderSpec& spec) {
    SenderAccount a;
    const qsizetype open = spec.from.indexOf(QLatin1Char('<'));
    a.fromName = open > 0 ? spec.from.left(open).trimmed() : QString();
    a.fromAddress = open >= 0 ? spec.from.mid(open + 1).chopped(1) : spec.from;
    a.smtpHost = spec.host;
    a.smtpPort = spec.port;
    a.tlsMode = spec.tls;
    a.smtpUsername = spec.username;
    a.passwordEnv = spec.passwordEnv;
    a.trustSelfSigned = spec.trustSelfSigned;
    a.dailyCap = spec.dailyCap;
    a.postalAddress = spec.postalAddress;
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return 0;
    Result<SenderAccount> added = scope->senders().add(a);
    return added ? added->id : 0;
}

qint64 OutboxFixture::addLead(qint64 userId, const QString& email, const QString& firstName) {
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return 0;
    Lead lead;
    lead.email = email;
    lead.firstName = firstName;
    if (!scope->leads().insertMany({lead}, std::nullopt, QStringLiteral("test")))
        return 0;
    Result<Lead> found = scope->leads().findByEmail(email);
    return found ? found->id : 0;
}

QString OutboxFixture::leadStatus(qint64 userId, qint64 leadId) const {
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return {};
    Result<Lead> lead = scope->leads().find(leadId);
    return lead ? lead->status : QString();
}

qint64 OutboxFixture::enqueue(qint64 userId, const Draft& draft) {
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return 0;
    OutboxMessage m;
    m.kind = draft.kind;
    m.toAddress = draft.to;
    m.leadId = draft.leadId;
    m.subject = draft.subject;
    m.bodyText = draft.body;
    m.bodyHtml = draft.html;
    m.scheduledFor = draft.scheduledFor;
    Result<std::optional<OutboxMessage>> queued = scope->outbox().enqueue(m);
    return queued && queued->has_value() ? (*queued)->id : 0;
}

OutboxMessage OutboxFixture::row(qint64 userId, qint64 id) const {
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return {};
    Result<OutboxMessage> found = scope->outbox().find(id);
    return found ? *found : OutboxMessage{};
}

DeliveryPolicy OutboxFixture::policy() {
    DeliveryPolicy p;
    p.owner = QStringLiteral("test-engine");
    p.timeouts.connectMs = 5'000;
    p.timeouts.greetingMs = 5'000;
    p.timeouts.commandMs = 5'000;
    p.timeouts.dataEndMs = 5'000;
    p.ehloName = QStringLiteral("engine.agency.example");
    return p;
}

DeliveryReport OutboxFixture::deliver(const QList<qint64>& userIds,
                                      const DeliveryPolicy& policy) const {
    QList<User> users;
    for (qint64 id : userIds)
        users << user(id);
    Result<DeliveryReport> report = OutboxDelivery::deliverDue(m_database, m_clock, policy, users);
    if (!report) {
        DeliveryReport failed;
        failed.forUser(0).problems << report.error().message;
        return failed;
    }
    return *report;
}

} // namespace outreach::test
