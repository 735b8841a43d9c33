#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace outreach::replies {

// The header block of a received message (RFC 5322 section 2.2), unfolded. Also reads the
// field groups of a delivery-status report, which share the syntax. Anything that is not a
// well-formed field is skipped, so a hostile message cannot make reading fail.
class MailHeaders {
public:
    static MailHeaders parse(const QByteArray& block);

    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QByteArray& name) const;
    // The first field's raw value (unfolded, trimmed), empty when absent.
    QByteArray raw(const QByteArray& name) const;
    QList<QByteArray> all(const QByteArray& name) const;
    // The value with RFC 2047 encoded words decoded.
    QString text(const QByteArray& name) const;
    // "<a@b>" tokens of Message-ID, In-Reply-To, References, in order, brackets kept.
    QStringList messageIds(const QByteArray& name) const;
    // The first mailbox's addr-spec ("Jane <JANE@X.example>" -> "JANE@X.example").
    QString address(const QByteArray& name) const;
    // Every addr-spec in the field (To: a@x, "B" <b@y>).
    QStringList addresses(const QByteArray& name) const;
    // A structured value's main token and its parameters: "multipart/report;
    // report-type=delivery-status" -> ("multipart/report", report-type -> delivery-status).
    QByteArray mainValue(const QByteArray& name) const;
    QByteArray parameter(const QByteArray& name, const QByteArray& parameterName) const;

    static QStringList messageIdsIn(const QByteArray& value);
    static QStringList addressesIn(const QByteArray& value);

private:
    QList<QPair<QByteArray, QByteArray>> m_fields; // lower-case name, value
};

} // namespace outreach::replies
