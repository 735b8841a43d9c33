#pragma once

#include "sources/LeadSourceClient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace outreach {

// The `http-json` lead source (SPEC §7): GET {url}?q={keywords}&limit={n} with
// `Authorization: Bearer {key}`, answered by {"leads":[{"email","firstName","lastName",
// "company","title","score"?}, ...]}.
//
// Every way the call can go wrong ends as a failed LeadFetch, never as a hang or a crash:
// no answer within the timeout (the whole call, not just a quiet connection), an HTTP status
// outside 2xx, a body larger than the cap (reading stops there, whatever Content-Length
// claimed), JSON that does not parse, and JSON of the wrong shape. Redirects are not followed,
// so the key is never sent to a host other than the configured one.
class HttpJsonLeadSource final : public LeadSourceClient {
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 15'000;
    static constexpr qint64 defaultMaxBodyBytes = 5 * 1024 * 1024;

    HttpJsonLeadSource(QUrl endpoint, QString apiKey, QObject* parent = nullptr);
    ~HttpJsonLeadSource() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    void fetch(const LeadQuery& query) override;
    void abort() override;

    // The request URL for a query: the endpoint's own query items kept, q and limit replaced.
    static QUrl requestUrl(const QUrl& endpoint, const LeadQuery& query);
    // Reads an answer body; a failed fetch when it is not the documented shape.
    static LeadFetch parseBody(const QByteArray& body);

private:
    void onReadyRead();
    void onMetaData();
    void onFinished();
    void onTimeout();
    void stop(const QString& reason);
    void deliverLater(LeadFetch fetch);

    // Each client has its own connections, so a source that answers badly (a socket closed
    // mid-answer) cannot upset another user's call to the same host through a shared pool.
    QNetworkAccessManager* m_network;
    QUrl m_endpoint;
    QString m_apiKey;
    int m_timeoutMs = defaultTimeoutMs;
    qint64 m_maxBodyBytes = defaultMaxBodyBytes;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QString m_stopReason; // set when we cut the call short (timeout, oversized)
    bool m_busy = false;
    bool m_oversizeAnnounced = false; // Content-Length over the cap: abort queued
    quint64 m_generation = 0;         // results of an aborted call are dropped
};

} // namespace outreach
