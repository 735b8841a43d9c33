#pragma once

#include "imap/ImapValue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace outreach::imap {

// Bounds on what a server may make us buffer. A response past them is a protocol error, so a
// hostile or broken server cannot exhaust memory: a literal announced larger than
// maxLiteralBytes fails at once, before a byte of it is read.
struct ImapLimits {
    qint64 maxLiteralBytes = 8 * 1024 * 1024;
    qint64 maxResponseBytes = 32 * 1024 * 1024; // one response, literals included
    qint64 maxLineBytes = 4 * 1024 * 1024;      // a run of text between literals
    int maxDepth = 64;                          // nested parenthesized lists
};

// One server response (RFC 3501 section 7): a continuation request, an untagged response or
// the tagged completion of a command.
struct ImapResponse {
    enum class Kind { Untagged, Tagged, Continuation };

    Kind kind = Kind::Untagged;
    QByteArray tag;           // tagged only
    QByteArray status;        // OK, NO, BAD, BYE or PREAUTH (upper case); empty for data
    QByteArray code;          // the response code's name, upper case: UIDVALIDITY, CAPABILITY...
    QByteArray codeArguments; // what follows the name inside the brackets, as sent
    QString text;             // human-readable text, control characters replaced
    QList<ImapValue> data;    // data responses: {"12", "FETCH", (...)}, {"SEARCH", "4", "7"}

    bool isStatus() const { return !status.isEmpty(); }
    bool isOk() const { return status == "OK"; }
    // "NO [AUTHENTICATIONFAILED] Authentication failed." for error messages.
    QString describe() const;
};

} // namespace outreach::imap
