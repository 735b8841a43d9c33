#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace outreach::test {

// A real Dovecot IMAP server (Debian package dovecot-imapd) on loopback, configured entirely
// inside a temporary folder: two listeners on free ports (plain/STARTTLS and implicit TLS),
// a self-signed certificate for localhost made with openssl, users in a passwd-file, mail in
// Maildirs. Mail is "delivered" the way an MTA does it: a file written into the user's
// Maildir (tmp/, then renamed into new/).
//
// Runs as the current user when that is not root. As root (CI), Dovecot refuses to run its
// login and mail processes as root, so they run as the package's `dovenull` and `dovecot`
// users, and the mail files are handed to `dovecot`.
class DovecotServer {
public:
    DovecotServer();
    ~DovecotServer();

    static bool installed();

    // Before start() only (false afterwards).
    bool addUser(const QString& name, const QString& password);
    bool start();
    void stop();

    quint16 imapPort() const { return m_imapPort; }   // plain, with STARTTLS
    quint16 imapsPort() const { return m_imapsPort; } // implicit TLS
    QString certificatePath() const;                  // the server's self-signed PEM
    const QString& error() const { return m_error; }
    QString log() const;

    // Puts a message into the user's INBOX; returns false (see error()) on failure. The
    // arrival time (IMAP INTERNALDATE: the file's modification time) is `receivedAt`, or now.
    bool deliver(const QString& user, const QByteArray& message, const QDateTime& receivedAt = {});
    // Gives the user's INBOX another UIDVALIDITY, as a restored or rebuilt mailbox has.
    bool changeUidValidity(const QString& user, quint32 uidValidity);

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString maildir(const QString& user) const;
    bool writeConfig();
    bool writeUsers();
    bool handOver(const QString& path) const; // to the mail user, when running as root
    bool waitForPort(quint16 port);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QMap<QString, QString> m_users;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
    int m_delivered = 0;
    QString m_error;
};

} // namespace outreach::test
