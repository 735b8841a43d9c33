#include "replies/MailboxCheck.h"

#include "logging/Logger.h"
#include "replies/InboundMailAssembler.h"
#include "replies/InboundMailProcessor.h"

#include <QDateTime>
#include <QTimeZone>

namespace outreach::replies {

using imap::ImapMailboxInfo;
using imap::ImapMessageSummary;
using imap::ImapSections;
using Kind = Classification::Kind;

MailboxCheck::MailboxCheck(const UserScope& scope, const Clock& clock, const ImapAccount& account,
                           imap::ImapSettings settings, const Options& options, QObject* parent)
    : QObject(parent), m_scope(scope), m_clock(clock), m_account(account), m_options(options),
      m_client(new imap::ImapClient(std::move(settings), this)) {
    m_report.senderAccountId = account.senderAccountId;
    m_report.mailbox = account.mailbox;
}

void MailboxCheck::start(std::function<void(const MailboxReport&)> done) {
    m_done = std::move(done);
    m_client->open([this](const Status& opened) {
        if (!opened)
            return finish(opened.error().message);
        m_client->select(m_account.mailbox, true,
                         [this](const Result<ImapMailboxInfo>& info) { selected(info); });
    });
}

void MailboxCheck::selected(const Result<ImapMailboxInfo>& info) {
    if (!info)
        return finish(info.error().message);
    Result<std::optional<ImapMailboxState>> saved =
        m_scope.imapAccounts().mailboxState(m_account.senderAccountId, m_account.mailbox);
    if (!saved)
        return finish(saved.error().message);
    m_selected = true;
    m_report.uidValidity = info->uidValidity;
    // Without UIDVALIDITY (a server bug) no UID can be trusted across sessions: read it all.
    const bool sameMailbox =
        saved->has_value() && info->uidValidity != 0 && (*saved)->uidValidity == info->uidValidity;
    m_state.uidValidity = info->uidValidity;
    m_state.lastSeenUid = sameMailbox ? (*saved)->lastSeenUid : 0;
    m_report.rescanned = !sameMailbox;
    if (saved->has_value() && !sameMailbox)
        Logger().info(QStringLiteral("mailbox %1 of sender %2: UIDVALIDITY changed from %3 to %4; "
                                     "reading it again from the start")
                          .arg(m_account.mailbox)
                          .arg(m_account.senderAccountId)
                          .arg((*saved)->uidValidity)
                          .arg(info->uidValidity));
    m_report.lastSeenUid = m_state.lastSeenUid;
    m_uidNext = info->uidNext;
    if (sameMailbox && info->uidNext != 0 && m_state.lastSeenUid + 1 >= info->uidNext) {
        if (!saveProgress())
            return;
        return finish({}); // nothing arrived since the last check
    }
    QDate since;
    if (!sameMailbox) {
        Result<std::optional<qint64>> firstSent = m_scope.inboundMail().firstSentAt();
        if (!firstSent)
            return finish(firstSent.error().message);
        // A day early: SEARCH SINCE compares dates in the server's zone, not instants.
        since =
            QDateTime::fromMSecsSinceEpoch(firstSent->value_or(m_clock.nowMs()), QTimeZone::utc())
                .date()
                .addDays(-1);
    }
    m_client->uidSearchFrom(m_state.lastSeenUid + 1, since,
                            [this](const Result<QList<quint32>>& uids) { searched(uids); });
}

void MailboxCheck::searched(const Result<QList<quint32>>& uids) {
    if (!uids)
        return finish(uids.error().message);
    m_pending = *uids;
    if (m_pending.size() > m_options.maxMessages) {
        m_pending = m_pending.mid(0, m_options.maxMessages);
        m_report.more = true;
    }
    nextBatch();
}

void MailboxCheck::nextBatch() {
    // Once everything the search found is handled, every UID below UIDNEXT has been covered:
    // the ones it did not find (older than the SINCE day, or expunged) need no second look.
    if (m_pending.isEmpty() && !m_report.more && !m_stopRequested && m_uidNext > 0)
        m_state.lastSeenUid = std::max(m_state.lastSeenUid, m_uidNext - 1);
    if (!saveProgress())
        return;
    if (m_pending.isEmpty() || m_stopRequested) {
        m_report.more = m_report.more || !m_pending.isEmpty();
        return finish({});
    }
    const QList<quint32> batch = m_pending.mid(0, m_options.batchSize);
    m_pending = m_pending.mid(batch.size());
    m_batchEnd = batch.last();
    m_client->uidFetchSummaries(batch, m_options.headerBytes,
                                [this](const Result<QList<ImapMessageSummary>>& summaries) {
                                    if (!summaries)
                                        return finish(summaries.error().message);
                                    m_batch = *summaries;
                                    nextMessage();
                                });
}

void MailboxCheck::nextMessage() {
    // Messages handled before (a re-scan) are skipped on their header alone.
    while (!m_batch.isEmpty() && !m_stopRequested) {
        const ImapMessageSummary& head = m_batch.first();
        InboundMail probe;
        probe.rawHeader = head.header;
        probe.headers = MailHeaders::parse(head.header);
        Result<bool> known = m_scope.inboundMail().isKnown(probe.key());
        if (!known)
            return finish(known.error().message);
        if (!*known)
            break;
        ++m_report.scanned;
        ++m_report.known;
        m_state.lastSeenUid = head.uid;
        m_batch.removeFirst();
    }
    if (m_stopRequested) {
        m_pending.clear();
        m_report.more = true;
        m_batch.clear();
        if (!saveProgress())
            return;
        return finish({});
    }
    if (m_batch.isEmpty()) {
        // UIDs of the batch the server no longer has were expunged: nothing to read there.
        m_state.lastSeenUid = std::max(m_state.lastSeenUid, m_batchEnd);
        return nextBatch();
    }
    const ImapMessageSummary summary = m_batch.first();
    const QList<QByteArray> sections = InboundMailAssembler::sectionsToFetch(summary);
    m_client->uidFetchSections(summary.uid, sections, m_options.partBytes,
                               [this, summary](const Result<ImapSections>& fetched) {
                                   if (!fetched)
                                       return finish(fetched.error().message);
                                   handle(summary, *fetched);
                               });
}

void MailboxCheck::handle(const ImapMessageSummary& summary, const ImapSections& sections) {
    const InboundMail mail = InboundMailAssembler::assemble(summary, sections);
    Result<InboundMailProcessor::Outcome> outcome =
        InboundMailProcessor(m_scope).process(mail, m_account.senderAccountId);
    if (!outcome)
        return finish(outcome.error().message);
    ++m_report.scanned;
    if (!outcome->recorded) {
        ++m_report.known;
    } else {
        switch (outcome->kind) {
        case Kind::Reply:
            ++m_report.replies;
            break;
        case Kind::AutoReply:
            ++m_report.autoReplies;
            break;
        case Kind::Bounce:
            ++m_report.bounces;
            break;
        case Kind::Delayed:
            ++m_report.delayed;
            break;
        case Kind::Unsubscribe:
            ++m_report.unsubscribes;
            break;
        case Kind::Unmatched:
            ++m_report.unmatched;
            break;
        }
        m_report.leadsChanged += outcome->leadChanged ? 1 : 0;
        Logger().info(QStringLiteral("mailbox %1 of sender %2, UID %3: %4 - %5")
                          .arg(m_account.mailbox)
                          .arg(m_account.senderAccountId)
                          .arg(summary.uid)
                          .arg(Classification::kindName(outcome->kind), outcome->detail));
    }
    m_state.lastSeenUid = summary.uid;
    m_batch.removeFirst();
    nextMessage();
}

bool MailboxCheck::saveProgress() {
    m_report.lastSeenUid = m_state.lastSeenUid;
    Status saved = m_scope.imapAccounts().saveMailboxState(m_account.senderAccountId,
                                                           m_account.mailbox, m_state);
    if (!saved) {
        finish(saved.error().message);
        return false;
    }
    return true;
}

void MailboxCheck::finish(const QString& error) {
    if (m_finished)
        return;
    m_finished = true;
    m_report.error = error;
    // Messages handled before a failure stay handled: the next check starts after them.
    if (m_selected && !error.isEmpty()) {
        m_report.lastSeenUid = m_state.lastSeenUid;
        (void)m_scope.imapAccounts().saveMailboxState(m_account.senderAccountId, m_account.mailbox,
                                                      m_state);
    }
    if (Status recorded = m_scope.imapAccounts().recordCheck(m_account.senderAccountId, error);
        !recorded && m_report.error.isEmpty())
        m_report.error = recorded.error().message;
    auto report = [this] {
        if (m_done)
            std::exchange(m_done, nullptr)(m_report);
    };
    if (!error.isEmpty() || !m_client->isOpen()) {
        m_client->abort();
        QMetaObject::invokeMethod(this, report, Qt::QueuedConnection);
        return;
    }
    m_client->logout([report](const Status&) { report(); });
}

} // namespace outreach::replies
