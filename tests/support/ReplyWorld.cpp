#include "ReplyWorld.h"

#include "outbox/UnsubscribeLink.h"
#include "replies/ReplyCheckService.h"
#include "store/UserRepository.h"

#include <QDateTime>
#include <QTimeZone>

namespace outreach::test {
namespace {

QString passwordOf(const QString& mailbox) {
    return QStringLiteral("secret-") + mailbox;
}

} // namespace

ReplyWorld::ReplyWorld() : m_clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc())) {}

bool ReplyWorld::start() {
    qputenv("OUTREACH_KEYCHAIN", "off");
    if (!DovecotServer::installed()) {
        m_error = QStringLiteral("Dovecot is missing: scripts/install-deps.sh test installs "
                                 "dovecot-imapd");
        return false;
    }
    for (int i = 1; i <= kMailboxes; ++i) {
        const QString name = QStringLiteral("box%1").arg(i);
        m_dovecot.addUser(name, passwordOf(name));
    }
    if (!m_dovecot.start()) {
        m_error = m_dovecot.error();
        return false;
    }
    return true;
}

bool ReplyWorld::resetDatabase() {
    m_db.reset();
    m_db = TestDatabase::create();
    return m_db != nullptr;
}

UserScope ReplyWorld::scope(qint64 userId) {
    return *UserScope::open(m_db->database(), m_clock, userId);
}

qint64 ReplyWorld::addUser(const QString& email) {
    User u;
    u.email = email;
    u.name = email.section(QLatin1Char('@'), 0, 0);
    Result<User> added = UserRepository(m_db->database(), m_clock).add(u);
    return added ? added->id : 0;
}

qint64 ReplyWorld::addSender(qint64 userId) {
    SenderAccount s;
    s.fromName = QStringLiteral("Ann");
    s.fromAddress = QStringLiteral("ann@agency.example");
    s.smtpHost = QStringLiteral("smtp.agency.example");
    Result<SenderAccount> added = scope(userId).senders().add(s);
    return added ? added->id : 0;
}

QString ReplyWorld::takeMailbox(QString* password) {
    if (m_mailboxesUsed >= kMailboxes)
        return {};
    const QString name = QStringLiteral("box%1").arg(++m_mailboxesUsed);
    *password = passwordOf(name);
    return name;
}

QString ReplyWorld::addMailbox(qint64 userId, qint64 senderId, const QString& password) {
    QString own;
    const QString name = takeMailbox(&own);
    if (name.isEmpty())
        return {};
    const QString env = QStringLiteral("OUTREACH_TEST_IMAP_%1").arg(name.toUpper());
    qputenv(env.toLatin1(), (password.isEmpty() ? own : password).toUtf8());
    ImapAccount a;
    a.senderAccountId = senderId;
    a.host = QStringLiteral("localhost");
    a.port = m_dovecot.imapsPort();
    a.tlsMode = QStringLiteral("implicit");
    a.username = name;
    a.passwordEnv = env;
    a.caCertificatePath = m_dovecot.certificatePath();
    return scope(userId).imapAccounts().save(a) ? name : QString();
}

ReplyWorld::Conversation ReplyWorld::converse(qint64 userId, qint64 senderId,
                                              const QString& email) {
    Conversation c;
    const UserScope s = scope(userId);
    Lead lead;
    lead.email = email;
    lead.firstName = QStringLiteral("Jane");
    if (!s.leads().insertMany({lead}, std::nullopt, QStringLiteral("csv")))
        return c;
    c.leadId = s.leads().findByEmail(email)->id;
    c.token = UnsubscribeLink::newToken();
    c.messageId = QLatin1Char('<') + c.token + QStringLiteral("@agency.example>");
    OutboxMessage m;
    m.kind = QStringLiteral("initial");
    m.leadId = c.leadId;
    m.senderAccountId = senderId;
    m.toAddress = email;
    m.subject = QStringLiteral("Quick question");
    m.bodyText = QStringLiteral("Hi Jane, a quick question");
    m.scheduledFor = m_clock.nowMs();
    c.initialId = (*s.outbox().enqueue(m))->id;
    const qint64 lease = m_clock.nowMs() + 60'000;
    if (!s.outbox().claimDue(QStringLiteral("test"), 100, lease) ||
        !s.outbox().markSending(c.initialId, QStringLiteral("test"), lease) ||
        !s.outbox().markSent(c.initialId, c.messageId) ||
        !s.leads().markStatus(c.leadId, QStringLiteral("contacted")))
        return Conversation{};
    m.kind = QStringLiteral("followup1");
    m.scheduledFor = m_clock.nowMs() + 3LL * 24 * 3600 * 1000;
    c.followUpId = (*s.outbox().enqueue(m))->id;
    return c;
}

bool ReplyWorld::deliver(const QString& mailbox, const QByteArray& message) {
    return m_dovecot.deliver(mailbox, message, m_clock.now());
}

replies::ReplyCheckReport ReplyWorld::check(qint64 userId) {
    replies::MailboxCheck::Options options;
    options.timeouts.connectMs = options.timeouts.greetingMs = options.timeouts.commandMs = 20'000;
    options.batchSize = 2; // several batches even for a few messages
    Result<replies::ReplyCheckReport> report =
        replies::ReplyCheckService::runBlocking(scope(userId), m_clock, options);
    if (!report) {
        qWarning("reply check failed to start: %s", qPrintable(report.error().message));
        return {};
    }
    return *report;
}

QString ReplyWorld::leadStatus(qint64 userId, qint64 leadId) {
    return scope(userId).leads().find(leadId)->status;
}

QString ReplyWorld::messageStatus(qint64 userId, qint64 outboxId) {
    return scope(userId).outbox().find(outboxId)->status;
}

QByteArray ReplyWorld::reply(const QString& from, const QString& inReplyTo,
                             const QByteArray& subject, const QByteArray& extraHeaders,
                             const QByteArray& body) {
    static int n = 0;
    return "From: " + from.toUtf8() + "\r\nTo: Ann <ann@agency.example>\r\nSubject: " + subject +
           "\r\nDate: Fri, 04 Dec 2026 10:15:00 +0000\r\nMessage-ID: <reply-" +
           QByteArray::number(++n) + "-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
           "@lead.example>\r\nIn-Reply-To: " + inReplyTo.toUtf8() +
           "\r\nReferences: " + inReplyTo.toUtf8() + "\r\n" + extraHeaders +
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
           "\r\n\r\n> Hi Jane, a quick question\r\n";
}

QByteArray ReplyWorld::deliveryReport(const QString& recipient, const QString& originalId,
                                      const QByteArray& status, const QByteArray& action) {
    return "From: Mail Delivery System <MAILER-DAEMON@mx.lead.example>\r\n"
           "To: ann@agency.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
           "Message-ID: <dsn-" +
           status + "-" + recipient.toUtf8() +
           "@mx.lead.example>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=delivery-status;\r\n"
           "\tboundary=\"BOUNDARY\"\r\n\r\n"
           "--BOUNDARY\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
           "Your message could not be delivered.\r\n\r\n"
           "--BOUNDARY\r\nContent-Type: message/delivery-status\r\n\r\n"
           "Reporting-MTA: dns; mx.lead.example\r\n\r\n"
           "Final-Recipient: rfc822; " +
           recipient.toUtf8() + "\r\nAction: " + action + "\r\nStatus: " + status +
           "\r\nDiagnostic-Code: smtp; 550 " + status +
           " mailbox unavailable\r\n\r\n"
           "--BOUNDARY\r\nContent-Type: message/rfc822\r\n\r\n"
           "From: Ann <ann@agency.example>\r\nTo: " +
           recipient.toUtf8() +
           "\r\nSubject: Quick question\r\nMessage-ID: " + originalId.toUtf8() +
           "\r\n\r\nHi Jane, a quick question\r\n\r\n--BOUNDARY--\r\n";
}

QString ReplyWorld::describe(const replies::ReplyCheckReport& report) {
    const Status status = report.status();
    return report.summary() + (status ? QString() : QStringLiteral(": ") + status.error().message);
}

} // namespace outreach::test
