#include "SmtpData.h"

namespace outreach::mail::SmtpData {

QByteArray encode(const QByteArray& message) {
    QByteArray out;
    out.reserve(message.size() + message.size() / 64 + 8);
    bool lineStart = true;
    const qsizetype n = message.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = message[i];
        if (c == '\r' || c == '\n') {
            out += "\r\n";
            if (c == '\r' && i + 1 < n && message[i + 1] == '\n')
                ++i;
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = false;
    }
    if (!lineStart)
        out += "\r\n";
    out += ".\r\n";
    return out;
}

} // namespace outreach::mail::SmtpData
