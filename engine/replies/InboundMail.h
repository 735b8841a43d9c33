#pragma once

#include "replies/DeliveryStatus.h"
#include "replies/MailHeaders.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace outreach::replies {

// One received message as the reply checker reads it: the header, the first text part, and
// for a delivery report its status fields and the header of the message it returns.
struct InboundMail {
    quint32 uid = 0;
    QByteArray rawHeader;
    MailHeaders headers;
    QString bodyText; // decoded, possibly cut short
    std::optional<DeliveryStatus> deliveryStatus;
    MailHeaders returnedHeaders;

    // What identifies the message across re-scans: its Message-ID, or for a message without
    // one a digest of its header (the same bytes each time the server returns it).
    QString key() const;
    // The first characters of the body, on one line, for showing the reply on the lead.
    QString snippet(int length = 280) const;
};

} // namespace outreach::replies
