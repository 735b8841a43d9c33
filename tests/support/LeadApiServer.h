#pragma once

#include <QProcess>
#include <QStringList>

#include <memory>

namespace outreach::test {

// A loopback http-json lead source: tests/support/lead_api_server.py in its own process, with
// scripted faults chosen by path (see the script's header). Its request log tells a test what
// the client really sent (path, q, limit, whether the Bearer key matched).
class LeadApiServer {
public:
    LeadApiServer();
    ~LeadApiServer();

    // Starts the server with extra arguments (e.g. --key K) and waits for its port.
    bool start(const QStringList& arguments = {});
    void stop();

    quint16 port() const { return m_port; }
    const QString& error() const { return m_error; }
    // http://127.0.0.1:<port><pathAndQuery>
    QString url(const QString& pathAndQuery) const;
    QStringList requests(); // "REQUEST /leads auth=ok q=saas limit=5", in arrival order

private:
    void readEvents();

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_pending;
    QStringList m_requests;
};

} // namespace outreach::test
