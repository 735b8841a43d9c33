#pragma once

#include "core/Result.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapResponse.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace outreach::imap {

// The text of the commands ImapClient sends and the reading of the data they return, kept
// apart from the connection state machine so both can be tested without a server.
class ImapCommands {
public:
    // The login command for these capabilities: "AUTHENTICATE PLAIN <token>" with SASL-IR,
    // "AUTHENTICATE PLAIN" (the token follows on '+') without, else LOGIN with quoted strings.
    static Result<QByteArray> login(const QSet<QByteArray>& capabilities, const QString& username,
                                    const QString& password);
    static QByteArray plainToken(const QString& username, const QString& password);

    static QByteArray quoted(const QByteArray& text); // "..." with \" and \\ escaped
    // RFC 3501 section 5.1.3 modified UTF-7, as a quoted string.
    static QByteArray quoteMailbox(const QString& mailbox);
    // Sorted, de-duplicated and compressed: {5, 3, 4, 9} -> "3:5,9".
    static QByteArray uidSet(QList<quint32> uids);
    // RFC 3501 date for SEARCH: "4-Dec-2026", English month names whatever the locale.
    static QByteArray searchDate(const QDate& date);
    // A body section we may ask for: part numbers and HEADER/TEXT/MIME, nothing else.
    static bool isSafeSection(const QByteArray& section);

    // "LOGIN", "UID FETCH": what a command is, for messages (never its arguments, which may
    // hold a password).
    static QByteArray verbOf(const QByteArray& line);
    // The capabilities a response lists (`* CAPABILITY ...` or an [CAPABILITY ...] code),
    // upper case; nothing when it lists none.
    static std::optional<QSet<QByteArray>> readCapabilities(const ImapResponse& response);
    // Untagged data of SELECT/EXAMINE into `info`.
    static void readSelectData(const ImapResponse& response, ImapMailboxInfo& info);
    // UIDs listed by an untagged SEARCH response.
    static QList<quint32> readSearch(const ImapResponse& response);
    // A FETCH response's items as name -> value (names upper case, e.g. "BODY[HEADER]<0>").
    static std::optional<QList<QPair<QByteArray, ImapValue>>>
    fetchItems(const ImapResponse& response);
    static std::optional<ImapMessageSummary> readSummary(const ImapResponse& response);
    // The sections in a FETCH response, by name without "BODY[" and "]<origin>".
    static ImapSections readSections(const ImapResponse& response, quint32* uid);
};

} // namespace outreach::imap
