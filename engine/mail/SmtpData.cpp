#include "SmtpData.h"

namespace outreach::mail::SmtpData {

QByteArray encode(const QByteArray& message) {
    const qsizetype n = message.size();
    // Written through a raw pointer into a buffer sized for the worst case (every byte a line
    // end or a leading dot): this runs for every message sent.
    QByteArray out(2 * n + 5, Qt::Uninitialized);
    const char* in = message.constData();
    char* o = out.data();
    bool lineStart = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in[i];
        if (c == '\r' || c == '\n') {
            *o++ = '\r';
            *o++ = '\n';
            if (c == '\r' && i + 1 < n && in[i + 1] == '\n')
                ++i;
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            *o++ = '.';
        *o++ = c;
        lineStart = false;
    }
    if (!lineStart) {
        *o++ = '\r';
        *o++ = '\n';
    }
    *o++ = '.';
    *o++ = '\r';
    *o++ = '\n';
    out.truncate(o - out.constData());
    return out;
}

} // namespace outreach::mail::SmtpData
