#pragma once

#include "core/Result.h"
#include "imap/ImapSettings.h"
#include "model/ImapAccount.h"
#include "replies/MailboxCheck.h"
#include "replies/ReplyCheckReport.h"
#include "store/UserScope.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace outreach::replies {

// The reply checker's work for one user: every enabled mailbox of the user's sender accounts
// is read in turn (MailboxCheck), and each failure stays with its mailbox. Re-running it is
// safe at any time: nothing already handled is handled twice.
//
// prepare() reads the accounts and their passwords (possibly waiting on the keychain), so it
// runs where blocking is allowed; start() then runs on the calling thread's event loop.
// runBlocking() does both on a local event loop, for a job's unit on a worker thread and for
// outreachctl; it refuses to run on a GUI application's thread.
class ReplyCheckService final : public QObject {
    Q_OBJECT
public:
    struct Mailbox {
        ImapAccount account;
        imap::ImapSettings settings;
        QString error; // the settings could not be made (e.g. no password): the mailbox fails
    };

    static Result<QList<Mailbox>> prepare(const UserScope& scope,
                                          const MailboxCheck::Options& options = {});

    ReplyCheckService(const UserScope& scope, const Clock& clock, QList<Mailbox> mailboxes,
                      MailboxCheck::Options options = {}, QObject* parent = nullptr);

    // `done` is called once, from the event loop.
    void start(std::function<void(const ReplyCheckReport&)> done);
    // Stops after the message being handled; later mailboxes are not opened.
    void stop();

    using StopCheck = std::function<bool()>;
    static Result<ReplyCheckReport> runBlocking(const UserScope& scope, const Clock& clock,
                                                const MailboxCheck::Options& options = {},
                                                const StopCheck& shouldStop = {});
    static bool mayBlockHere();

private:
    void next();

    UserScope m_scope;
    const Clock& m_clock;
    QList<Mailbox> m_mailboxes;
    MailboxCheck::Options m_options;
    ReplyCheckReport m_report;
    QPointer<MailboxCheck> m_current;
    bool m_stopRequested = false;
    std::function<void(const ReplyCheckReport&)> m_done;
};

} // namespace outreach::replies
