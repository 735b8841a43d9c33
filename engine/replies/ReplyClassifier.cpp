#include "replies/ReplyClassifier.h"

#include "outbox/UnsubscribeLink.h"

#include <QRegularExpression>

namespace outreach::replies {
namespace {

QStringList threadIds(const MailHeaders& headers) {
    QStringList ids = headers.messageIds("in-reply-to");
    QStringList references = headers.messageIds("references");
    std::reverse(references.begin(), references.end());
    for (const QString& id : std::as_const(references))
        if (!ids.contains(id))
            ids << id;
    return ids;
}

bool isDeliveryReport(const InboundMail& mail) {
    if (mail.deliveryStatus)
        return true;
    return mail.headers.mainValue("content-type") == "multipart/report" &&
           mail.headers.parameter("content-type", "report-type").toLower() == "delivery-status";
}

Classification bounceOrDelay(const InboundMail& mail, Classification c) {
    c.referencedIds = mail.returnedHeaders.messageIds("message-id");
    for (const QByteArray name : {"x-original-message-id", "original-message-id"})
        for (const QString& id : mail.headers.messageIds(name))
            if (!c.referencedIds.contains(id))
                c.referencedIds << id;
    for (const QString& id : threadIds(mail.headers))
        if (!c.referencedIds.contains(id))
            c.referencedIds << id;
    const DeliveryStatus status = mail.deliveryStatus.value_or(DeliveryStatus());
    const DeliveryStatus::Recipient* failed = status.permanentFailure();
    const DeliveryStatus::Recipient* delayed = failed ? nullptr : status.delay();
    const DeliveryStatus::Recipient* r = failed ? failed : delayed;
    if (!r) {
        c.kind = Classification::Kind::Unmatched;
        c.reason = QStringLiteral("a delivery report without a failure");
        return c;
    }
    c.kind = failed ? Classification::Kind::Bounce : Classification::Kind::Delayed;
    c.bouncedAddress = r->finalRecipient.isEmpty() ? r->originalRecipient : r->finalRecipient;
    if (c.bouncedAddress.isEmpty())
        c.bouncedAddress = mail.returnedHeaders.address("to");
    c.bounceStatus = r->status;
    c.reason =
        QStringLiteral("delivery report: %1 %2 for %3")
            .arg(r->action.isEmpty() ? QStringLiteral("status") : r->action,
                 r->status.isEmpty() ? QStringLiteral("(no status)") : r->status, c.bouncedAddress);
    return c;
}

std::optional<QString> unsubscribeToken(const MailHeaders& headers) {
    for (const QByteArray name : {"to", "cc", "delivered-to", "x-original-to", "envelope-to"})
        for (const QString& address : headers.addresses(name))
            if (std::optional<QString> token = UnsubscribeLink::tokenFromAddress(address))
                return token;
    return std::nullopt;
}

} // namespace

QString Classification::kindName(Kind kind) {
    switch (kind) {
    case Kind::Reply:
        return QStringLiteral("reply");
    case Kind::AutoReply:
        return QStringLiteral("auto-reply");
    case Kind::Bounce:
        return QStringLiteral("bounce");
    case Kind::Delayed:
        return QStringLiteral("delayed");
    case Kind::Unsubscribe:
        return QStringLiteral("unsubscribe");
    case Kind::Unmatched:
        return QStringLiteral("unmatched");
    }
    return {};
}

bool ReplyClassifier::looksLikeOutOfOffice(const QString& subject) {
    static const QRegularExpression pattern(
        QStringLiteral(
            "out[ -]of[ -](the[ -])?office|\\booo\\b|automatic reply|auto[- ]?reply|"
            "auto[- ]?response|automated response|away from (the )?office|\\bon vacation\\b|"
            "vacation (reply|notice)|\\babsence notice|"
            "abwesenheitsnotiz|abwesenheitsmeldung|automatische antwort|\\babwesend\\b|"
            "nicht im b(ü|ue)ro|au(ß|ss)er haus|\\burlaub\\b.*\\bbis\\b|"
            "r(é|e)ponse automatique|absence du bureau|automatisch antwoord|\\bafwezig\\b|"
            "respuesta autom(á|a)tica|fuera de la oficina"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(subject).hasMatch();
}

bool ReplyClassifier::isMailSystem(const QString& address) {
    const QString local = address.section(QLatin1Char('@'), 0, 0).toLower();
    return local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster") ||
           local == QLatin1String("mail-daemon") || local == QLatin1String("mailerdaemon");
}

bool ReplyClassifier::isAutomatic(const MailHeaders& headers, QString* why) {
    auto found = [why](const QString& sign) {
        if (why)
            *why = sign;
        return true;
    };
    // RFC 3834: anything but "no" means a program wrote it.
    const QByteArray autoSubmitted = headers.mainValue("auto-submitted");
    if (!autoSubmitted.isEmpty() && autoSubmitted != "no")
        return found(QStringLiteral("Auto-Submitted: %1").arg(QString::fromLatin1(autoSubmitted)));
    for (const QByteArray name : {"x-autoreply", "x-autorespond", "x-autoresponder"})
        if (headers.has(name) && headers.raw(name).trimmed().toLower() != "no")
            return found(QString::fromLatin1(name));
    const QByteArray precedence = headers.mainValue("precedence");
    if (precedence == "auto_reply" || precedence == "bulk" || precedence == "junk")
        return found(QStringLiteral("Precedence: %1").arg(QString::fromLatin1(precedence)));
    const QString subject = headers.text("subject");
    if (looksLikeOutOfOffice(subject))
        return found(QStringLiteral("an out-of-office subject (%1)").arg(subject.left(80)));
    return false;
}

Classification ReplyClassifier::classify(const InboundMail& mail) {
    Classification c;
    c.fromAddress = mail.headers.address("from");
    if (isDeliveryReport(mail))
        return bounceOrDelay(mail, c);
    c.referencedIds = threadIds(mail.headers);
    // A message to a message's own unsubscribe address asks to leave, however it was written.
    if (std::optional<QString> token = unsubscribeToken(mail.headers)) {
        c.kind = Classification::Kind::Unsubscribe;
        c.unsubscribeToken = *token;
        c.reason = QStringLiteral("written to the unsubscribe address");
        return c;
    }
    if (isMailSystem(c.fromAddress)) {
        c.kind = Classification::Kind::Unmatched;
        c.reason = QStringLiteral("from a mail system, without a delivery report");
        return c;
    }
    QString why;
    if (isAutomatic(mail.headers, &why)) {
        c.kind = Classification::Kind::AutoReply;
        c.reason = why;
        return c;
    }
    if (mail.headers.text("subject").trimmed().compare(QLatin1String("unsubscribe"),
                                                       Qt::CaseInsensitive) == 0) {
        c.kind = Classification::Kind::Unsubscribe;
        c.reason = QStringLiteral("the subject asks to unsubscribe");
        return c;
    }
    c.kind = Classification::Kind::Reply;
    c.reason = c.referencedIds.isEmpty() ? QStringLiteral("a message from the lead's address")
                                         : QStringLiteral("a reply in the thread");
    return c;
}

} // namespace outreach::replies
