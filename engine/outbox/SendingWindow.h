#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace outreach {

// The hours a user's mail may go out, in the user's own time zone (SPEC 8: business hours;
// the queue holds mail outside them). Stored as the user setting "sending-window":
//   {"days": [1, 2, 3, 4, 5], "start": "09:00", "end": "17:00"}
// days are ISO weekdays (1 = Monday); start is inclusive, end exclusive; an end before the
// start spans midnight (the evening belongs to the listed day). A user without the setting
// may send at any time.
class SendingWindow {
public:
    static inline const QString kSettingName = QStringLiteral("sending-window");

    static Result<SendingWindow> parse(const QString& json);
    QString toJson() const;

    bool isOpen(const QDateTime& instant, const QTimeZone& zone) const;
    QString describe() const; // "Mon-Fri 09:00-17:00"

private:
    QList<int> m_days;
    QTime m_start;
    QTime m_end;
};

} // namespace outreach
