#include "LeadApiServer.h"

#include "TestEnv.h"

#include <QDeadlineTimer>

namespace outreach::test {

LeadApiServer::LeadApiServer() = default;

LeadApiServer::~LeadApiServer() {
    stop();
}

bool LeadApiServer::start(const QStringList& arguments) {
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(python(),
                     QStringList{scriptsDir() + QStringLiteral("/lead_api_server.py")} + arguments);
    const QDeadlineTimer deadline(15'000);
    while (m_port == 0 && !deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
        readEvents();
    }
    if (m_port == 0) {
        m_error = QStringLiteral("lead_api_server.py did not start: ") +
                  QString::fromUtf8(m_process->readAllStandardError());
        stop();
        return false;
    }
    return true;
}

void LeadApiServer::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
    readEvents();
    m_process.reset();
}

QString LeadApiServer::url(const QString& pathAndQuery) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery);
}

void LeadApiServer::readEvents() {
    if (!m_process)
        return;
    m_pending += m_process->readAllStandardOutput();
    qsizetype eol;
    while ((eol = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(eol)).trimmed();
        m_pending.remove(0, eol + 1);
        if (line.startsWith(QLatin1String("PORT ")))
            m_port = quint16(line.mid(5).toUInt());
        else if (!line.isEmpty())
            m_requests << line;
    }
}

QStringList LeadApiServer::requests() {
    readEvents();
    return m_requests;
}

} // namespace outreach::test
