#pragma once

#include "core/Result.h"
#include "imap/ImapResponse.h"

#include <QByteArray>
#include <optional>

namespace outreach::imap {

// Turns the bytes a server sends into responses. Framing follows RFC 3501 section 4.3: a line
// ending in `{n}` is followed by an n-octet literal, after which the response goes on. The
// parser never trusts the server: every announced size is checked against ImapLimits before
// anything is buffered for it, quoted strings admit only \" and \\ escapes and no line break,
// lists nest at most maxDepth deep, and any violation is an error that names the problem.
// After an error the reader stays failed (the connection must be dropped).
class ImapResponseReader {
public:
    explicit ImapResponseReader(ImapLimits limits = {});

    void append(const QByteArray& bytes);
    // The next complete response; nothing when more bytes are needed, or after an error.
    std::optional<ImapResponse> next();
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void clear();

    // Parses one complete response (its final CRLF included).
    static Result<ImapResponse> parse(const QByteArray& bytes, const ImapLimits& limits = {});

private:
    // How far the current response is framed: where its current text run starts and where
    // scanning for the next CRLF resumes (after a literal still being received, its end).
    qsizetype m_segmentStart = 0;
    qsizetype m_scanFrom = 0;
    qsizetype m_waitUntil = 0;
    ImapLimits m_limits;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace outreach::imap
