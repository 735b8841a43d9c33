#include "SmtpTestServer.h"

#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace outreach::test {

SmtpTestServer::SmtpTestServer() = default;

SmtpTestServer::~SmtpTestServer() {
    stop();
}

QString SmtpTestServer::outputDir() const {
    return m_dir.filePath(QStringLiteral("received"));
}

bool SmtpTestServer::start(const QStringList& arguments) {
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(python(), QStringList{scriptsDir() + QStringLiteral("/smtp_server.py"),
                                           QStringLiteral("--out"), outputDir()} +
                                   arguments);
    const QDeadlineTimer deadline(15'000);
    while (m_port == 0 && !deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
        readEvents();
    }
    if (m_port == 0) {
        m_error = QStringLiteral("smtp_server.py did not start: ") +
                  QString::fromUtf8(m_process->readAllStandardError());
        stop();
        return false;
    }
    return true;
}

void SmtpTestServer::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
    readEvents();
    m_process.reset();
}

void SmtpTestServer::readEvents() {
    if (!m_process)
        return;
    m_pending += m_process->readAllStandardOutput();
    qsizetype eol;
    while ((eol = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(eol)).trimmed();
        m_pending.remove(0, eol + 1);
        if (line.startsWith(QLatin1String("PORT ")))
            m_port = quint16(line.mid(5).toUInt());
        else
            m_events << line;
    }
}

QStringList SmtpTestServer::events() {
    readEvents();
    return m_events;
}

int SmtpTestServer::eventCount(const QString& prefix) {
    readEvents();
    int n = 0;
    for (const QString& e : std::as_const(m_events))
        n += e.startsWith(prefix) ? 1 : 0;
    return n;
}

int SmtpTestServer::connectionCount() {
    return eventCount(QStringLiteral("CONNECT "));
}

QList<QByteArray> SmtpTestServer::messages() const {
    QList<QByteArray> out;
    const QDir dir(outputDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
    }
    return out;
}

QList<QJsonObject> SmtpTestServer::envelopes() const {
    QList<QJsonObject> out;
    const QDir dir(outputDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << QJsonDocument::fromJson(f.readAll()).object();
    }
    return out;
}

std::optional<SmtpTestServer::Certificate> SmtpTestServer::makeCertificate(const QString& dir) {
    Certificate cert{dir + QStringLiteral("/cert.pem"), dir + QStringLiteral("/key.pem")};
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), cert.keyPath, QStringLiteral("-out"), cert.certPath});
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0)
        return std::nullopt;
    return cert;
}

} // namespace outreach::test
