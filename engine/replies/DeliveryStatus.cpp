#include "replies/DeliveryStatus.h"

#include "replies/MailHeaders.h"

#include <QRegularExpression>

namespace outreach::replies {
namespace {

constexpr qsizetype kMaxRecipients = 100;

// "rfc822; Jane@X.example" -> "Jane@X.example"
QString typedAddress(const QByteArray& value) {
    const qsizetype semi = value.indexOf(';');
    QString address = QString::fromUtf8(semi < 0 ? value : value.mid(semi + 1)).trimmed();
    if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
        address = address.mid(1, address.size() - 2);
    return address;
}

QString statusCode(const QByteArray& value) {
    static const QRegularExpression code(QStringLiteral("^\\s*([245]\\.\\d{1,3}\\.\\d{1,3})\\b"));
    const QRegularExpressionMatch m = code.match(QString::fromLatin1(value));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

DeliveryStatus DeliveryStatus::parse(const QByteArray& body) {
    DeliveryStatus report;
    QByteArray normalised = body;
    normalised.replace("\r\n", "\n");
    bool first = true;
    // Groups are separated by blank lines (lines holding only white space count as blank).
    QList<QByteArray> groups;
    QByteArray current;
    for (const QByteArray& line : normalised.split('\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                groups << current;
            current.clear();
            continue;
        }
        current += line + '\n';
    }
    if (!current.isEmpty())
        groups << current;
    for (const QByteArray& group : std::as_const(groups)) {
        const MailHeaders fields = MailHeaders::parse(group);
        if (first && !fields.has("final-recipient") && !fields.has("action")) {
            report.m_reportingMta = typedAddress(fields.raw("reporting-mta"));
            first = false;
            continue;
        }
        first = false;
        if (!fields.has("final-recipient") && !fields.has("status"))
            continue;
        if (report.m_recipients.size() >= kMaxRecipients)
            break;
        Recipient r;
        r.finalRecipient = typedAddress(fields.raw("final-recipient"));
        r.originalRecipient = typedAddress(fields.raw("original-recipient"));
        r.action = QString::fromLatin1(fields.raw("action")).trimmed().toLower();
        r.status = statusCode(fields.raw("status"));
        r.diagnostic = QString::fromUtf8(fields.raw("diagnostic-code")).left(500);
        report.m_recipients << r;
    }
    return report;
}

const DeliveryStatus::Recipient* DeliveryStatus::permanentFailure() const {
    for (const Recipient& r : m_recipients)
        if (r.isPermanentFailure() && (r.action.isEmpty() || r.action == QLatin1String("failed")))
            return &r;
    return nullptr;
}

const DeliveryStatus::Recipient* DeliveryStatus::delay() const {
    for (const Recipient& r : m_recipients)
        if (r.isDelay() || r.action == QLatin1String("delayed"))
            return &r;
    return nullptr;
}

} // namespace outreach::replies
