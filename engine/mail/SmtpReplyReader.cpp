#include "SmtpReplyReader.h"

namespace outreach::mail {

namespace {
// RFC 5321 allows 512 octets per reply line; be generous with chatty servers, but bounded.
constexpr qsizetype kMaxLine = 8192;
constexpr int kMaxLines = 200;

bool digit(char c) {
    return c >= '0' && c <= '9';
}

// RFC 3463: class.subject.detail, e.g. "5.1.1", at the start of the first reply line.
QString enhancedStatusOf(const QByteArray& line) {
    if (line.size() < 5 || (line[0] != '2' && line[0] != '4' && line[0] != '5') || line[1] != '.')
        return {};
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < line.size() && digit(line[i]) && i - start < 3)
            ++i;
        if (i == start)
            return {};
        if (part == 0) {
            if (i >= line.size() || line[i] != '.')
                return {};
            ++i;
        }
    }
    if (i < line.size() && line[i] != ' ')
        return {};
    return QString::fromLatin1(line.left(i));
}
} // namespace

QString SmtpReply::text() const {
    QByteArray joined;
    for (const QByteArray& line : lines) {
        if (!joined.isEmpty())
            joined += ' ';
        joined += line;
    }
    return QString::fromUtf8(joined);
}

void SmtpReplyReader::clear() {
    m_buffer.clear();
    m_scanned = 0;
    m_partial = SmtpReply();
}

std::optional<SmtpReply> SmtpReplyReader::next() {
    while (m_error.isEmpty()) {
        const qsizetype eol = m_buffer.indexOf('\n', m_scanned);
        if (eol < 0) {
            if (m_buffer.size() - m_scanned > kMaxLine)
                m_error = QStringLiteral("the server sent a reply line longer than %1 bytes")
                              .arg(kMaxLine);
            return std::nullopt;
        }
        qsizetype end = eol;
        if (end > m_scanned && m_buffer[end - 1] == '\r')
            --end;
        const char* line = m_buffer.constData() + m_scanned;
        const qsizetype length = end - m_scanned;
        m_scanned = eol + 1;
        if (length < 3 || !digit(line[0]) || !digit(line[1]) || !digit(line[2]) ||
            (length > 3 && line[3] != ' ' && line[3] != '-')) {
            m_error = QStringLiteral("the server sent a malformed reply: %1")
                          .arg(QString::fromUtf8(line, std::min<qsizetype>(length, 80)));
            return std::nullopt;
        }
        const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        if (!m_partial.lines.isEmpty() && code != m_partial.code) {
            m_error = QStringLiteral("the server changed the reply code inside a multi-line "
                                     "reply (%1 then %2)")
                          .arg(m_partial.code)
                          .arg(code);
            return std::nullopt;
        }
        m_partial.code = code;
        m_partial.lines.append(length > 4 ? QByteArray(line + 4, length - 4) : QByteArray());
        if (m_partial.lines.size() > kMaxLines) {
            m_error =
                QStringLiteral("the server sent a reply of more than %1 lines").arg(kMaxLines);
            return std::nullopt;
        }
        if (length > 3 && line[3] == '-')
            continue;
        SmtpReply reply = std::move(m_partial);
        m_partial = SmtpReply();
        m_buffer.remove(0, m_scanned);
        m_scanned = 0;
        reply.enhancedStatus = enhancedStatusOf(reply.lines.first());
        return reply;
    }
    return std::nullopt;
}

} // namespace outreach::mail
