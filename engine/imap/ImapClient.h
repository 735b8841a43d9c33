#pragma once

#include "core/Result.h"
#include "imap/ImapConnection.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapSettings.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <functional>

namespace outreach::imap {

// An IMAP4rev1 client for reading a mailbox without changing it: open (TLS, login), select,
// UID SEARCH, UID FETCH of headers, structure and chosen body parts, logout. Asynchronous on
// the calling thread's event loop (see ImapConnection for the session rules); every call takes
// a callback that is called exactly once from the event loop, unless the client is destroyed
// first. Delete the client with deleteLater() from inside a callback.
class ImapClient final : public QObject {
    Q_OBJECT
public:
    explicit ImapClient(ImapSettings settings, QObject* parent = nullptr);

    void open(std::function<void(Status)> done);
    // EXAMINE when readOnly (SELECT without write access): looking never changes the mailbox,
    // not even the \Recent flags another client relies on.
    void select(const QString& mailbox, bool readOnly,
                std::function<void(Result<ImapMailboxInfo>)> done);
    // UIDs >= firstUid, ascending (`UID SEARCH UID n:*`, without the quirk that `n:*` also
    // matches the highest UID when that is below n); with a valid `since`, only messages that
    // arrived on or after that day (SINCE, by the server's internal date).
    void uidSearchFrom(quint32 firstUid, const QDate& since,
                       std::function<void(Result<QList<quint32>>)> done);
    // Size, BODYSTRUCTURE and the header (at most headerBytes) of each UID, ascending; messages
    // the server no longer has are absent from the result.
    void uidFetchSummaries(const QList<quint32>& uids, int headerBytes,
                           std::function<void(Result<QList<ImapMessageSummary>>)> done);
    // The given body sections ("1", "2", "3.HEADER") of one message, at most maxBytes each;
    // BODY.PEEK, so the message keeps its \Seen flag as it was.
    void uidFetchSections(quint32 uid, const QList<QByteArray>& sections, int maxBytes,
                          std::function<void(Result<ImapSections>)> done);
    // Ends the session politely; succeeds once the server has said BYE or closed.
    void logout(std::function<void(Status)> done);
    void abort() { m_connection.abort(); }

    const ImapSettings& settings() const { return m_connection.settings(); }
    bool isOpen() const { return m_connection.isOpen(); }
    bool isEncrypted() const { return m_connection.isEncrypted(); }
    bool hasCapability(const QByteArray& name) const { return m_connection.hasCapability(name); }

private:
    ImapConnection m_connection;
};

} // namespace outreach::imap
