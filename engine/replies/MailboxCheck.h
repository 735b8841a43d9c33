#pragma once

#include "core/Clock.h"
#include "imap/ImapClient.h"
#include "model/ImapAccount.h"
#include "replies/ReplyCheckReport.h"
#include "store/UserScope.h"

#include <QList>
#include <QObject>

#include <functional>

namespace outreach::replies {

// Reads what is new in one mailbox and acts on each message (InboundMailProcessor), as an
// asynchronous chain on the calling thread's event loop: log in, EXAMINE the mailbox, UID
// SEARCH from the last UID seen, fetch headers and structure in batches, then the parts each
// message needs, one message at a time, oldest first.
//
// How far the mailbox has been read is saved after every batch, and only over messages fully
// handled, so a check cut short (an error, stop(), a crash) resumes where it stopped. When the
// server reports another UIDVALIDITY the saved UID means nothing any more: the whole mailbox is
// read again, and messages already handled (same Message-ID) are skipped without being fetched.
// A first read (and such a re-read) looks only at mail that arrived from the day before the
// user's first sent message: older mail cannot answer anything, and a mailbox with years of
// history would otherwise take many checks to get through.
class MailboxCheck final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int batchSize = 25;
        int maxMessages = 500; // per check; the rest waits for the next check
        int headerBytes = 64 * 1024;
        int partBytes = 32 * 1024;
        imap::ImapTimeouts timeouts;
        imap::ImapLimits limits;
    };

    MailboxCheck(const UserScope& scope, const Clock& clock, const ImapAccount& account,
                 imap::ImapSettings settings, const Options& options, QObject* parent = nullptr);

    // `done` is called once, from the event loop, with the report (its error set on failure).
    void start(std::function<void(const MailboxReport&)> done);
    // Stops after the message being handled; what was done is saved.
    void stop() { m_stopRequested = true; }

private:
    void selected(const Result<imap::ImapMailboxInfo>& info);
    void searched(const Result<QList<quint32>>& uids);
    void nextBatch();
    void nextMessage();
    void handle(const imap::ImapMessageSummary& summary, const imap::ImapSections& sections);
    bool saveProgress();
    void finish(const QString& error);

    UserScope m_scope;
    const Clock& m_clock;
    ImapAccount m_account;
    Options m_options;
    imap::ImapClient* m_client;
    MailboxReport m_report;
    ImapMailboxState m_state;
    QList<quint32> m_pending;
    QList<imap::ImapMessageSummary> m_batch;
    quint32 m_batchEnd = 0;
    quint32 m_uidNext = 0;
    bool m_stopRequested = false;
    bool m_selected = false;
    bool m_finished = false;
    std::function<void(const MailboxReport&)> m_done;
};

} // namespace outreach::replies
