#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace outreach::mail {

// One (possibly multi-line) server reply.
struct SmtpReply {
    int code = 0;
    QList<QByteArray> lines; // the text after "250-" / "250 " of each line
    QString enhancedStatus;  // "5.1.1" when the first line starts with one (RFC 3463)

    bool positive() const { return code >= 200 && code < 400; }
    QString text() const; // lines joined by spaces, as UTF-8 with invalid bytes replaced
};

// Cuts replies out of the bytes a server sends. Bytes may arrive in any split; a reply is only
// returned once its final line ("ddd " or "ddd") is complete.
class SmtpReplyReader {
public:
    void append(const QByteArray& bytes) { m_buffer += bytes; }
    // The next complete reply, or nothing yet. After a malformed line, error() says why and
    // the connection must be dropped.
    std::optional<SmtpReply> next();
    const QString& error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    // Drops everything buffered: after STARTTLS, bytes that came in the clear before the
    // handshake must never be read as replies to the encrypted session.
    void clear();

private:
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // lines before this offset belong to the reply being assembled
    SmtpReply m_partial;
    QString m_error;
};

} // namespace outreach::mail
