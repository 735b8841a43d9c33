#include "outbox/SendingWindow.h"

#include "core/ZonedTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace outreach {
namespace {

Error bad(const QString& why) {
    return Error::badInput(SendingWindow::kSettingName,
                           QStringLiteral("%1: %2").arg(SendingWindow::kSettingName, why));
}

} // namespace

Result<SendingWindow> SendingWindow::parse(const QString& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("is not a JSON object"));
    const QJsonObject o = doc.object();
    SendingWindow w;
    const QJsonArray days = o.value(QStringLiteral("days")).toArray();
    for (const QJsonValue& d : days) {
        const int day = d.toInt(0);
        if (day < 1 || day > 7)
            return bad(QStringLiteral("days must be ISO weekdays 1 (Monday) to 7 (Sunday)"));
        if (!w.m_days.contains(day))
            w.m_days << day;
    }
    if (w.m_days.isEmpty())
        return bad(QStringLiteral("names no day"));
    std::sort(w.m_days.begin(), w.m_days.end());
    for (auto [key, target] : {std::pair{QStringLiteral("start"), &w.m_start},
                               std::pair{QStringLiteral("end"), &w.m_end}}) {
        *target = QTime::fromString(o.value(key).toString(), QStringLiteral("HH:mm"));
        if (!target->isValid())
            return bad(QStringLiteral("%1 must be HH:MM").arg(key));
    }
    if (w.m_start == w.m_end)
        return bad(QStringLiteral("start and end are the same time"));
    return w;
}

QString SendingWindow::toJson() const {
    QJsonArray days;
    for (int d : m_days)
        days.append(d);
    return QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{QStringLiteral("days"), days},
                        {QStringLiteral("start"), m_start.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("end"), m_end.toString(QStringLiteral("HH:mm"))}})
            .toJson(QJsonDocument::Compact));
}

bool SendingWindow::isOpen(const QDateTime& instant, const QTimeZone& zone) const {
    const QDateTime local = ZonedTime::wallClock(instant, zone);
    const QTime t = local.time();
    const int day = local.date().dayOfWeek();
    if (m_start < m_end)
        return m_days.contains(day) && t >= m_start && t < m_end;
    // Spanning midnight: the late part belongs to today, the early part to yesterday.
    if (t >= m_start)
        return m_days.contains(day);
    if (t < m_end)
        return m_days.contains(day == 1 ? 7 : day - 1);
    return false;
}

QString SendingWindow::describe() const {
    static const char* const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QStringList parts;
    for (qsizetype i = 0; i < m_days.size();) {
        qsizetype j = i;
        while (j + 1 < m_days.size() && m_days[j + 1] == m_days[j] + 1)
            ++j;
        const QString first = QString::fromLatin1(names[m_days[i] - 1]);
        parts << (j > i ? first + QLatin1Char('-') + QString::fromLatin1(names[m_days[j] - 1])
                        : first);
        i = j + 1;
    }
    return QStringLiteral("%1 %2-%3")
        .arg(parts.join(QLatin1Char(',')), m_start.toString(QStringLiteral("HH:mm")),
             m_end.toString(QStringLiteral("HH:mm")));
}

} // namespace outreach
