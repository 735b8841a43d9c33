#include "DovecotServer.h"

#include "SmtpTestServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace outreach::test {
namespace {

QString findDovecot(const QString& name) {
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(
        name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
}

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct Account {
    QString name;
    uint uid = 0;
    uint gid = 0;
};

std::optional<Account> account(const char* name) {
    const passwd* pw = getpwnam(name);
    if (!pw)
        return std::nullopt;
    const group* gr = getgrgid(pw->pw_gid);
    return Account{QString::fromLocal8Bit(gr ? gr->gr_name : name), pw->pw_uid, pw->pw_gid};
}

} // namespace

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer() {
    stop();
}

bool DovecotServer::installed() {
    return !findDovecot(QStringLiteral("dovecot")).isEmpty();
}

bool DovecotServer::addUser(const QString& name, const QString& password) {
    // Dovecot checks a passwd-file for changes at most once a second: a user added while it
    // runs could be refused for a moment, so users come first.
    if (m_process)
        return false;
    m_users.insert(name, password);
    return true;
}

QString DovecotServer::certificatePath() const {
    return path(QStringLiteral("cert.pem"));
}

QString DovecotServer::maildir(const QString& user) const {
    return path(QStringLiteral("mail/%1/Maildir").arg(user));
}

QString DovecotServer::log() const {
    QFile file(path(QStringLiteral("dovecot.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool DovecotServer::handOver(const QString& file) const {
    if (geteuid() != 0)
        return true;
    return ::chown(QFile::encodeName(file).constData(), m_mailUid, m_mailGid) == 0;
}

bool DovecotServer::writeUsers() {
    // Written aside and renamed, so Dovecot never reads half a file.
    QFile passwd(path(QStringLiteral("passwd.new")));
    if (!passwd.open(QIODevice::WriteOnly))
        return false;
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        const QString home = path(QStringLiteral("mail/") + it.key());
        for (const char* sub : {"cur", "new", "tmp"})
            QDir().mkpath(maildir(it.key()) + QLatin1Char('/') + QLatin1String(sub));
        for (const QString& dir : {path(QStringLiteral("mail")), home, maildir(it.key()),
                                   maildir(it.key()) + QStringLiteral("/cur"),
                                   maildir(it.key()) + QStringLiteral("/new"),
                                   maildir(it.key()) + QStringLiteral("/tmp")})
            if (!handOver(dir))
                return false;
        passwd.write(QStringLiteral("%1:{PLAIN}%2:%3:%4::%5\n")
                         .arg(it.key(), it.value())
                         .arg(m_mailUid)
                         .arg(m_mailGid)
                         .arg(home)
                         .toUtf8());
    }
    passwd.close();
    return ::rename(QFile::encodeName(passwd.fileName()).constData(),
                    QFile::encodeName(path(QStringLiteral("passwd"))).constData()) == 0;
}

bool DovecotServer::writeConfig() {
    const bool root = geteuid() == 0;
    QString internalUser;
    QString internalGroup;
    QString loginUser;
    if (root) {
        const std::optional<Account> internal = account("dovecot");
        const std::optional<Account> login = account("dovenull");
        if (!internal || !login) {
            m_error = QStringLiteral("the dovecot and dovenull users are missing (is "
                                     "dovecot-core installed?)");
            return false;
        }
        internalUser = QStringLiteral("dovecot");
        internalGroup = internal->name;
        loginUser = QStringLiteral("dovenull");
        m_mailUid = internal->uid;
        m_mailGid = internal->gid;
        // Dovecot's unprivileged processes must reach the sockets and mail in here.
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    } else {
        const passwd* me = getpwuid(geteuid());
        const group* myGroup = getgrgid(getegid());
        if (!me || !myGroup) {
            m_error = QStringLiteral("cannot look up the current user");
            return false;
        }
        internalUser = loginUser = QString::fromLocal8Bit(me->pw_name);
        internalGroup = QString::fromLocal8Bit(myGroup->gr_name);
        m_mailUid = geteuid();
        m_mailGid = getegid();
    }

    if (!writeUsers())
        return false;

    const QString config =
        QStringLiteral(
            "base_dir = %1/run\n"
            "state_dir = %1/state\n"
            "instance_name = outreach-test-%2\n"
            "listen = 127.0.0.1\n"
            "protocols = imap\n"
            "log_path = %1/dovecot.log\n"
            "ssl = yes\n"
            "ssl_cert = <%1/cert.pem\n"
            "ssl_key = <%1/key.pem\n"
            "disable_plaintext_auth = no\n"
            "auth_mechanisms = plain login\n"
            // A test server answers a wrong password at once.
            "auth_failure_delay = 0\n"
            "default_internal_user = %3\n"
            "default_internal_group = %4\n"
            "default_login_user = %5\n"
            "first_valid_uid = %6\n"
            "first_valid_gid = %7\n"
            "mail_location = maildir:~/Maildir\n"
            "passdb {\n  driver = passwd-file\n  args = %1/passwd\n}\n"
            "userdb {\n  driver = passwd-file\n  args = %1/passwd\n}\n"
            "service imap-login {\n"
            "  chroot =\n"
            "  inet_listener imap {\n    address = 127.0.0.1\n    port = %8\n  }\n"
            "  inet_listener imaps {\n    address = 127.0.0.1\n    port = %9\n    ssl = yes\n"
            "  }\n"
            "}\n"
            "service anvil {\n  chroot =\n}\n"
            "service auth-worker {\n  user = $default_internal_user\n}\n")
            .arg(m_dir.path())
            .arg(QCoreApplication::applicationPid())
            .arg(internalUser, internalGroup, loginUser)
            .arg(m_mailUid)
            .arg(std::max(m_mailGid, 1u))
            .arg(m_imapPort)
            .arg(m_imapsPort);
    QFile file(path(QStringLiteral("dovecot.conf")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(config.toUtf8());
    return true;
}

bool DovecotServer::waitForPort(quint16 port) {
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500))
            return true;
        m_process->waitForFinished(100); // lets the server start; returns early if it exits
    }
    return false;
}

bool DovecotServer::start() {
    const QString dovecot = findDovecot(QStringLiteral("dovecot"));
    if (dovecot.isEmpty()) {
        m_error = QStringLiteral("dovecot is not installed (Debian package dovecot-imapd)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!SmtpTestServer::makeCertificate(m_dir.path())) {
        m_error = QStringLiteral("openssl could not make a test certificate");
        return false;
    }
    m_imapPort = freePort();
    m_imapsPort = freePort();
    if (m_imapPort == 0 || m_imapsPort == 0 || m_imapPort == m_imapsPort) {
        m_error = QStringLiteral("no free loopback ports");
        return false;
    }
    if (!writeConfig()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("cannot write the Dovecot configuration");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-F"), QStringLiteral("-c"),
                          path(QStringLiteral("dovecot.conf"))};
    // A test that crashes must not leave its server running: with util-linux's setpriv the
    // server gets SIGTERM when the test process dies.
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (!setpriv.isEmpty())
        m_process->start(setpriv, QStringList{QStringLiteral("--pdeathsig"), QStringLiteral("TERM"),
                                              QStringLiteral("--"), dovecot} +
                                      arguments);
    else
        m_process->start(dovecot, arguments);
    if (!m_process->waitForStarted(10'000) || !waitForPort(m_imapPort) ||
        !waitForPort(m_imapsPort)) {
        m_error = QStringLiteral("dovecot did not start: %1 %2")
                      .arg(QString::fromUtf8(m_process->readAll()), log());
        stop();
        return false;
    }
    return true;
}

void DovecotServer::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // the master stops its children on SIGTERM
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
    }
    m_process.reset();
}

bool DovecotServer::deliver(const QString& user, const QByteArray& message,
                            const QDateTime& receivedAt) {
    if (!m_users.contains(user)) {
        m_error = QStringLiteral("no user %1").arg(user);
        return false;
    }
    const QString name = QStringLiteral("%1.M%2P%3.outreach-test")
                             .arg(QDateTime::currentSecsSinceEpoch())
                             .arg(++m_delivered)
                             .arg(QCoreApplication::applicationPid());
    const QString temporary = maildir(user) + QStringLiteral("/tmp/") + name;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size()) {
        m_error = QStringLiteral("cannot write %1").arg(temporary);
        return false;
    }
    file.flush(); // a later write would move the modification time again
    if (receivedAt.isValid() && !file.setFileTime(receivedAt, QFileDevice::FileModificationTime)) {
        m_error = QStringLiteral("cannot date %1").arg(temporary);
        return false;
    }
    file.close();
    if (!handOver(temporary) ||
        !QFile::rename(temporary, maildir(user) + QStringLiteral("/new/") + name)) {
        m_error = QStringLiteral("cannot deliver into %1").arg(maildir(user));
        return false;
    }
    return true;
}

bool DovecotServer::changeUidValidity(const QString& user, quint32 uidValidity) {
    QProcess doveadm;
    doveadm.setProcessChannelMode(QProcess::MergedChannels);
    doveadm.start(findDovecot(QStringLiteral("doveadm")),
                  {QStringLiteral("-c"), path(QStringLiteral("dovecot.conf")),
                   QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"), user,
                   QStringLiteral("--uid-validity"), QString::number(uidValidity),
                   QStringLiteral("INBOX")});
    if (!doveadm.waitForFinished(30'000) || doveadm.exitCode() != 0) {
        m_error = QStringLiteral("doveadm mailbox update failed: %1")
                      .arg(QString::fromUtf8(doveadm.readAll()));
        return false;
    }
    return true;
}

} // namespace outreach::test
