#include "imap/ImapClient.h"

#include "imap/ImapCommands.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <memory>

namespace outreach::imap {
namespace {

Error refused(const QString& what, const ImapResponse& response) {
    return Error::runtime(QStringLiteral("%1 failed: %2").arg(what, response.describe()));
}

} // namespace

ImapClient::ImapClient(ImapSettings settings, QObject* parent)
    : QObject(parent), m_connection(std::move(settings), this) {}

void ImapClient::open(std::function<void(Status)> done) {
    m_connection.open(std::move(done));
}

void ImapClient::select(const QString& mailbox, bool readOnly,
                        std::function<void(Result<ImapMailboxInfo>)> done) {
    auto info = std::make_shared<ImapMailboxInfo>();
    info->name = mailbox;
    ImapConnection::Command c;
    c.line = QByteArray(readOnly ? "EXAMINE " : "SELECT ") + ImapCommands::quoteMailbox(mailbox);
    c.untagged = [info](const ImapResponse& r) { ImapCommands::readSelectData(r, *info); };
    c.done = [info, done, mailbox](const ImapResponse& r) {
        if (!r.isOk())
            return done(refused(QStringLiteral("opening mailbox '%1'").arg(mailbox), r));
        done(*info);
    };
    c.failed = [done](const Error& e) { done(e); };
    m_connection.enqueue(std::move(c));
}

void ImapClient::uidSearchFrom(quint32 firstUid, const QDate& since,
                               std::function<void(Result<QList<quint32>>)> done) {
    firstUid = std::max<quint32>(firstUid, 1);
    auto found = std::make_shared<QList<quint32>>();
    ImapConnection::Command c;
    c.line = "UID SEARCH UID " + QByteArray::number(firstUid) + ":*";
    if (since.isValid())
        c.line += " SINCE " + ImapCommands::searchDate(since);
    c.untagged = [found](const ImapResponse& r) { *found += ImapCommands::readSearch(r); };
    c.done = [found, done, firstUid](const ImapResponse& r) {
        if (!r.isOk())
            return done(refused(QStringLiteral("UID SEARCH"), r));
        QList<quint32> uids;
        for (const quint32 uid : std::as_const(*found))
            if (uid >= firstUid)
                uids.append(uid);
        std::sort(uids.begin(), uids.end());
        uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
        done(uids);
    };
    c.failed = [done](const Error& e) { done(e); };
    m_connection.enqueue(std::move(c));
}

void ImapClient::uidFetchSummaries(const QList<quint32>& uids, int headerBytes,
                                   std::function<void(Result<QList<ImapMessageSummary>>)> done) {
    if (uids.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(QList<ImapMessageSummary>{}); }, Qt::QueuedConnection);
        return;
    }
    const QSet<quint32> wanted(uids.cbegin(), uids.cend());
    auto found = std::make_shared<QMap<quint32, ImapMessageSummary>>();
    ImapConnection::Command c;
    c.line = "UID FETCH " + ImapCommands::uidSet(uids) +
             " (UID RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER]<0." +
             QByteArray::number(std::max(headerBytes, 1)) + ">)";
    c.untagged = [found, wanted](const ImapResponse& r) {
        std::optional<ImapMessageSummary> summary = ImapCommands::readSummary(r);
        if (summary && wanted.contains(summary->uid))
            found->insert(summary->uid, std::move(*summary));
    };
    c.done = [found, done](const ImapResponse& r) {
        if (!r.isOk())
            return done(refused(QStringLiteral("UID FETCH"), r));
        done(found->values());
    };
    c.failed = [done](const Error& e) { done(e); };
    m_connection.enqueue(std::move(c));
}

void ImapClient::uidFetchSections(quint32 uid, const QList<QByteArray>& sections, int maxBytes,
                                  std::function<void(Result<ImapSections>)> done) {
    QByteArray items = "UID";
    for (const QByteArray& section : sections) {
        if (!ImapCommands::isSafeSection(section)) {
            QMetaObject::invokeMethod(
                this,
                [done, section] {
                    done(Error::badInput(QStringLiteral("section"),
                                         QStringLiteral("section: '%1' is not a body section")
                                             .arg(QString::fromLatin1(section.toHex()))));
                },
                Qt::QueuedConnection);
            return;
        }
        items += " BODY.PEEK[" + section + "]<0." + QByteArray::number(std::max(maxBytes, 1)) + ">";
    }
    auto found = std::make_shared<ImapSections>();
    ImapConnection::Command c;
    c.line = "UID FETCH " + QByteArray::number(uid) + " (" + items + ")";
    c.untagged = [found, uid](const ImapResponse& r) {
        quint32 got = 0;
        const ImapSections sectionsFound = ImapCommands::readSections(r, &got);
        if (got == uid)
            found->insert(sectionsFound);
    };
    c.done = [found, done](const ImapResponse& r) {
        if (!r.isOk())
            return done(refused(QStringLiteral("UID FETCH"), r));
        done(*found);
    };
    c.failed = [done](const Error& e) { done(e); };
    m_connection.enqueue(std::move(c));
}

void ImapClient::logout(std::function<void(Status)> done) {
    ImapConnection::Command c;
    c.line = "LOGOUT";
    c.done = [done](const ImapResponse&) { done(Status::success()); };
    c.failed = [done](const Error& e) { done(e); };
    m_connection.enqueue(std::move(c));
}

} // namespace outreach::imap
