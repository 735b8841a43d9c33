#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace outreach::replies {

// The machine-readable part of a delivery status notification (RFC 3464,
// message/delivery-status): one group of per-message fields, then a group per recipient.
class DeliveryStatus {
public:
    struct Recipient {
        QString finalRecipient;    // the address, without its "rfc822;" type
        QString originalRecipient; // likewise, when the report gives it
        QString action;            // failed, delayed, delivered, relayed, expanded (lower case)
        QString status;            // "5.1.1"; empty when missing or not a status code
        QString diagnostic;        // Diagnostic-Code, as sent
        bool isPermanentFailure() const { return status.startsWith(QLatin1Char('5')); }
        bool isDelay() const { return status.startsWith(QLatin1Char('4')); }
    };

    static DeliveryStatus parse(const QByteArray& body);

    const QList<Recipient>& recipients() const { return m_recipients; }
    const QString& reportingMta() const { return m_reportingMta; }
    // The first recipient whose delivery failed permanently, if any.
    const Recipient* permanentFailure() const;
    const Recipient* delay() const;

private:
    QList<Recipient> m_recipients;
    QString m_reportingMta;
};

} // namespace outreach::replies
