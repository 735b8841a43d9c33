#pragma once

#include "data/SettingsMetaTypes.h"

#include <QObject>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// The Settings page's sender accounts on the editor thread (EditorThread): lists them with
// their IMAP mailboxes, adds and changes them, sends test messages and tests mailboxes, all
// through the same engine code as `outreachctl senders ...` (SenderAccountSetup,
// ImapAccountSetup, SenderTestSend, ImapConnectionTest), so both audit alike. A test send
// or IMAP check waits for the server here, never on the GUI thread. Every answer carries the
// caller's token. Passwords pass through in memory only, on their way to the keychain.
class SenderEditor final : public QObject {
    Q_OBJECT
public:
    SenderEditor(const Database& database, const Clock& clock, QObject* parent = nullptr);

public Q_SLOTS:
    void load(quint64 token, qint64 userId);
    // `draft.id` 0 adds an account for `userId`; otherwise changes that account. An empty
    // `password` keeps (or leaves out) the stored one.
    void save(quint64 token, qint64 userId, const outreach::SenderAccount& draft,
              const QString& password, const QString& reason);
    void saveImap(quint64 token, const outreach::ImapAccount& draft, const QString& password,
                  const QString& reason);
    void testSend(quint64 token, qint64 senderId, const QString& to, const QString& reason);
    void testImap(quint64 token, qint64 senderId, const QString& reason);
    void removeImap(quint64 token, qint64 senderId, const QString& reason);

Q_SIGNALS:
    void loaded(quint64 token, qint64 userId, const QList<outreach::SenderAccount>& senders,
                const QList<outreach::ImapAccount>& mailboxes);
    // `message`: what happened, for the admin (where the password went, the server's answer).
    void done(quint64 token, const QString& message);
    void failed(quint64 token, const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
