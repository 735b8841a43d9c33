#pragma once

#include "imap/ImapMailbox.h"
#include "replies/InboundMail.h"

#include <QByteArray>
#include <QList>

namespace outreach::replies {

// Decides which body parts of a message the reply checker needs, from its BODYSTRUCTURE, and
// builds an InboundMail from what the server returned: the first text part (decoded, HTML
// reduced to text) and, for a delivery report (RFC 3464), its status part and the header of
// the message it returns.
class InboundMailAssembler {
public:
    static QList<QByteArray> sectionsToFetch(const imap::ImapMessageSummary& summary);
    static InboundMail assemble(const imap::ImapMessageSummary& summary,
                                const imap::ImapSections& sections);
    static QString htmlToText(const QString& html);
};

} // namespace outreach::replies
