#include "replies/ReplyCheckService.h"

#include "replies/ImapAccountSettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace outreach::replies {

Result<QList<ReplyCheckService::Mailbox>>
ReplyCheckService::prepare(const UserScope& scope, const MailboxCheck::Options& options) {
    Result<QList<ImapAccount>> accounts = scope.imapAccounts().list();
    if (!accounts)
        return accounts.error();
    QList<Mailbox> mailboxes;
    for (const ImapAccount& account : std::as_const(*accounts)) {
        if (!account.enabled)
            continue;
        Mailbox m;
        m.account = account;
        Result<imap::ImapSettings> settings =
            ImapAccountSettings::build(scope, account, options.timeouts, options.limits);
        if (settings)
            m.settings = *settings;
        else
            m.error = settings.error().message;
        mailboxes.append(m);
    }
    return mailboxes;
}

ReplyCheckService::ReplyCheckService(const UserScope& scope, const Clock& clock,
                                     QList<Mailbox> mailboxes, MailboxCheck::Options options,
                                     QObject* parent)
    : QObject(parent), m_scope(scope), m_clock(clock), m_mailboxes(std::move(mailboxes)),
      m_options(std::move(options)) {}

void ReplyCheckService::start(std::function<void(const ReplyCheckReport&)> done) {
    m_done = std::move(done);
    QMetaObject::invokeMethod(this, &ReplyCheckService::next, Qt::QueuedConnection);
}

void ReplyCheckService::stop() {
    m_stopRequested = true;
    if (m_current)
        m_current->stop();
}

void ReplyCheckService::next() {
    while (!m_mailboxes.isEmpty() && !m_stopRequested) {
        const Mailbox mailbox = m_mailboxes.takeFirst();
        if (!mailbox.error.isEmpty()) {
            MailboxReport failed;
            failed.senderAccountId = mailbox.account.senderAccountId;
            failed.mailbox = mailbox.account.mailbox;
            failed.error = mailbox.error;
            (void)m_scope.imapAccounts().recordCheck(mailbox.account.senderAccountId,
                                                     mailbox.error);
            m_report.mailboxes.append(failed);
            continue;
        }
        m_current =
            new MailboxCheck(m_scope, m_clock, mailbox.account, mailbox.settings, m_options, this);
        m_current->start([this](const MailboxReport& report) {
            m_report.mailboxes.append(report);
            m_current->deleteLater();
            m_current = nullptr;
            next();
        });
        return;
    }
    if (m_done)
        std::exchange(m_done, nullptr)(m_report);
}

bool ReplyCheckService::mayBlockHere() {
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return true;
    return !app->inherits("QGuiApplication");
}

Result<ReplyCheckReport> ReplyCheckService::runBlocking(const UserScope& scope, const Clock& clock,
                                                        const MailboxCheck::Options& options,
                                                        const StopCheck& shouldStop) {
    if (!mayBlockHere())
        return Error::runtime(QStringLiteral("internal error: the blocking reply check was called "
                                             "on the GUI thread; use ReplyCheckService there"));
    Result<QList<Mailbox>> mailboxes = prepare(scope, options);
    if (!mailboxes)
        return mailboxes.error();
    // The loop is the only one on this thread (a worker thread or the CLI's main thread), so
    // nothing else is re-entered while it runs.
    QEventLoop loop;
    ReplyCheckService service(scope, clock, *mailboxes, options);
    std::optional<ReplyCheckReport> result;
    QTimer stopPoll;
    if (shouldStop) {
        QObject::connect(&stopPoll, &QTimer::timeout, &service, [&] {
            if (shouldStop()) {
                stopPoll.stop();
                service.stop();
            }
        });
        stopPoll.start(50);
    }
    service.start([&](const ReplyCheckReport& report) {
        result = report;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace outreach::replies
