#pragma once

#include "imap/ImapValue.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace outreach::imap {

// What SELECT/EXAMINE reports about a mailbox (RFC 3501 section 6.3.1).
struct ImapMailboxInfo {
    QString name;
    quint32 uidValidity =
        0;               // 0: the server sent none (then UIDs cannot be trusted across sessions)
    quint32 uidNext = 0; // 0: not sent
    quint32 exists = 0;
};

// One message as `UID FETCH (UID RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER]<0.n>)` returns it.
struct ImapMessageSummary {
    quint32 uid = 0;
    quint64 size = 0;
    ImapValue bodyStructure; // NIL when the server sent none
    QByteArray header;       // the header block, possibly cut at the requested size
};

// Bodies of one message by section name ("1", "2", "3.HEADER"), each cut at the requested size.
using ImapSections = QMap<QByteArray, QByteArray>;

} // namespace outreach::imap
