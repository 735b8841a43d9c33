#include "sources/HttpJsonLeadSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <cmath>

namespace outreach {
namespace {

// Reads an optional text field of one record; false when it is there but not text.
bool readText(const QJsonObject& record, const QString& key, QString* out) {
    const QJsonValue value = record.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

} // namespace

HttpJsonLeadSource::HttpJsonLeadSource(QUrl endpoint, QString apiKey, QObject* parent)
    : LeadSourceClient(parent), m_network(new QNetworkAccessManager(this)),
      m_endpoint(std::move(endpoint)), m_apiKey(std::move(apiKey)) {
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early; the timeout is a promise to the admin.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HttpJsonLeadSource::onTimeout);
}

HttpJsonLeadSource::~HttpJsonLeadSource() {
    abort();
}

QUrl HttpJsonLeadSource::requestUrl(const QUrl& endpoint, const LeadQuery& query) {
    QUrl url = endpoint;
    QUrlQuery items(url);
    items.removeAllQueryItems(QStringLiteral("q"));
    items.removeAllQueryItems(QStringLiteral("limit"));
    // QUrlQuery leaves '+' and '&' alone inside values, which a server reads as a space or a
    // new item ("c++" would arrive as "c  "), so the values are percent-encoded here.
    QString text = items.query(QUrl::FullyEncoded);
    if (!text.isEmpty())
        text += QLatin1Char('&');
    text += QStringLiteral("q=") +
            QString::fromLatin1(QUrl::toPercentEncoding(query.keywords.join(QLatin1Char(' ')))) +
            QStringLiteral("&limit=") + QString::number(qMax(1, query.limit));
    url.setQuery(text, QUrl::StrictMode);
    return url;
}

void HttpJsonLeadSource::deliverLater(LeadFetch fetch) {
    // Results always arrive from the event loop, never from inside fetch() or from a reply's
    // own signal, so a listener may delete or reuse this client in its slot.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, fetch = std::move(fetch)] {
            if (generation != m_generation)
                return; // aborted after the result was queued
            m_busy = false;
            emit finished(fetch);
        },
        Qt::QueuedConnection);
}

void HttpJsonLeadSource::fetch(const LeadQuery& query) {
    if (m_busy) {
        // The running call keeps going; this second one fails on its own.
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(LeadFetch::failure(
                    QStringLiteral("a call to this source is already in progress")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    ++m_generation;
    m_body.clear();
    m_stopReason.clear();
    m_oversizeAnnounced = false;
    m_elapsed.start();
    const QString scheme = m_endpoint.scheme().toLower();
    if (!m_endpoint.isValid() || m_endpoint.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        deliverLater(LeadFetch::failure(
            QStringLiteral("url: '%1' is not an http:// or https:// address")
                .arg(m_endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        return;
    }
    QNetworkRequest request(requestUrl(m_endpoint, query));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("OutreachConsole"));
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJsonLeadSource::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJsonLeadSource::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJsonLeadSource::onFinished);
    m_timer.start(m_timeoutMs);
}

void HttpJsonLeadSource::abort() {
    ++m_generation;
    m_timer.stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_busy = false;
}

void HttpJsonLeadSource::stop(const QString& reason) {
    if (!m_reply || !m_stopReason.isEmpty())
        return;
    m_stopReason = reason;
    m_reply->abort(); // finishes the reply: onFinished reports the reason
}

void HttpJsonLeadSource::onTimeout() {
    stop(QStringLiteral("no complete answer within %1 ms").arg(m_timeoutMs));
}

void HttpJsonLeadSource::onMetaData() {
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid() || length.toLongLong() <= m_maxBodyBytes)
        return;
    // Aborting from inside the reply's own metaDataChanged() upsets QNetworkReply (it reports
    // the error twice); the abort is queued, and nothing more is read meanwhile.
    const QString reason = QStringLiteral("the answer is larger than %1 bytes").arg(m_maxBodyBytes);
    QMetaObject::invokeMethod(
        this,
        [this, reason, generation = m_generation] {
            if (generation == m_generation)
                stop(reason);
        },
        Qt::QueuedConnection);
    m_oversizeAnnounced = true;
}

void HttpJsonLeadSource::onReadyRead() {
    if (!m_reply || !m_stopReason.isEmpty() || m_oversizeAnnounced)
        return;
    m_body += m_reply->read(m_maxBodyBytes + 1 - m_body.size());
    if (m_body.size() > m_maxBodyBytes)
        stop(QStringLiteral("the answer is larger than %1 bytes").arg(m_maxBodyBytes));
}

void HttpJsonLeadSource::onFinished() {
    if (!m_reply)
        return;
    m_timer.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_stopReason.isEmpty() && m_oversizeAnnounced)
        m_stopReason = QStringLiteral("the answer is larger than %1 bytes").arg(m_maxBodyBytes);
    if (m_stopReason.isEmpty())
        m_body += reply->read(m_maxBodyBytes + 1 - m_body.size());

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    LeadFetch result;
    if (!m_stopReason.isEmpty()) {
        result = LeadFetch::failure(m_stopReason, status);
    } else if (m_body.size() > m_maxBodyBytes) {
        result = LeadFetch::failure(
            QStringLiteral("the answer is larger than %1 bytes").arg(m_maxBodyBytes), status);
    } else if (status != 0 && (status < 200 || status > 299)) {
        QString message =
            QStringLiteral("HTTP %1 %2")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                .trimmed();
        if (status >= 300 && status < 400)
            message += QStringLiteral(" (redirects are not followed)");
        result = LeadFetch::failure(message, status);
    } else if (reply->error() != QNetworkReply::NoError) {
        result = LeadFetch::failure(reply->errorString(), status);
    } else {
        result = parseBody(m_body);
        result.httpStatus = status;
    }
    m_body.clear();
    result.durationMs = m_elapsed.elapsed();
    deliverLater(std::move(result));
}

LeadFetch HttpJsonLeadSource::parseBody(const QByteArray& body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return LeadFetch::failure(QStringLiteral("malformed JSON at byte %1: %2")
                                      .arg(parseError.offset)
                                      .arg(parseError.errorString()));
    if (!document.isObject())
        return LeadFetch::failure(QStringLiteral("the answer is not a JSON object"));
    const QJsonValue leads = document.object().value(QStringLiteral("leads"));
    if (!leads.isArray())
        return LeadFetch::failure(QStringLiteral("the answer has no \"leads\" array"));

    LeadFetch fetch;
    fetch.success = true;
    const QJsonArray array = leads.toArray();
    int index = 0;
    for (const QJsonValue& value : array) {
        ++index;
        LeadFetch::Record record;
        auto bad = [&](const QString& why) {
            record.problem = QStringLiteral("record %1: %2").arg(index).arg(why);
        };
        if (!value.isObject()) {
            bad(QStringLiteral("not an object"));
            fetch.records.append(record);
            continue;
        }
        const QJsonObject object = value.toObject();
        Lead& lead = record.lead;
        if (!object.value(QStringLiteral("email")).isString())
            bad(QStringLiteral("email is missing or not a string"));
        else
            lead.email = object.value(QStringLiteral("email")).toString();
        const std::pair<const char*, QString*> fields[] = {{"firstName", &lead.firstName},
                                                           {"lastName", &lead.lastName},
                                                           {"company", &lead.company},
                                                           {"title", &lead.title}};
        for (const auto& [name, target] : fields)
            if (record.problem.isEmpty() && !readText(object, QString::fromLatin1(name), target))
                bad(QStringLiteral("%1 is not a string").arg(QLatin1String(name)));
        const QJsonValue score = object.value(QStringLiteral("score"));
        if (record.problem.isEmpty() && !score.isUndefined() && !score.isNull()) {
            const double number = score.toDouble(-1);
            if (!score.isDouble() || !std::isfinite(number) || number < 0 || number > 100)
                bad(QStringLiteral("score is not a number from 0 to 100"));
            else
                record.score = int(std::lround(number));
        }
        fetch.records.append(record);
    }
    return fetch;
}

} // namespace outreach
