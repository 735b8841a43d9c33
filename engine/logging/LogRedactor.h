#pragma once

#include <QString>

namespace outreach {

// The last line of defence for "a log record never contains a secret": every sink passes
// each message through here, so a password, API key or bearer token that slipped into a
// message (an SMTP URL with user:password@, an Authorization header, key=value pairs, an
// AUTH PLAIN/LOGIN exchange) is masked before it reaches a file, the database or the screen.
class LogRedactor {
public:
    static QString redact(const QString& message);
    static constexpr const char* kMask = "[redacted]";
};

} // namespace outreach
