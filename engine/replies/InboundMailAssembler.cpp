#include "replies/InboundMailAssembler.h"

#include "imap/ImapBodyPart.h"
#include "replies/MimeDecoding.h"

#include <QRegularExpression>

namespace outreach::replies {
namespace {

using imap::ImapBodyPart;

struct Plan {
    const ImapBodyPart* text = nullptr;
    const ImapBodyPart* status = nullptr;
    QByteArray returnedHeaderSection;
};

Plan planFor(const ImapBodyPart& root) {
    Plan plan;
    plan.text = root.firstTextPart();
    if (!root.isDeliveryReport())
        return plan;
    plan.status = root.find("message", "delivery-status");
    if (!plan.status)
        plan.status = root.find("message", "global-delivery-status");
    if (const ImapBodyPart* message = root.find("message", "rfc822"))
        plan.returnedHeaderSection = message->section() + ".HEADER";
    else if (const ImapBodyPart* headers = root.find("text", "rfc822-headers"))
        plan.returnedHeaderSection = headers->section();
    else if (const ImapBodyPart* global = root.find("message", "global-headers"))
        plan.returnedHeaderSection = global->section();
    return plan;
}

QString decodePart(const QByteArray& bytes, const ImapBodyPart& part) {
    const QString text = MimeDecoding::decodeCharset(
        MimeDecoding::decodeTransfer(bytes, part.encoding()), part.parameter("charset"));
    return part.subtype() == "html" ? InboundMailAssembler::htmlToText(text) : text;
}

} // namespace

QList<QByteArray> InboundMailAssembler::sectionsToFetch(const imap::ImapMessageSummary& summary) {
    const std::optional<ImapBodyPart> root = ImapBodyPart::fromBodyStructure(summary.bodyStructure);
    if (!root)
        return {QByteArrayLiteral("1")};
    const Plan plan = planFor(*root);
    QList<QByteArray> sections;
    if (plan.text)
        sections << plan.text->section();
    if (plan.status)
        sections << plan.status->section();
    if (!plan.returnedHeaderSection.isEmpty())
        sections << plan.returnedHeaderSection;
    return sections;
}

InboundMail InboundMailAssembler::assemble(const imap::ImapMessageSummary& summary,
                                           const imap::ImapSections& sections) {
    InboundMail mail;
    mail.uid = summary.uid;
    mail.rawHeader = summary.header;
    mail.headers = MailHeaders::parse(summary.header);
    const std::optional<ImapBodyPart> root = ImapBodyPart::fromBodyStructure(summary.bodyStructure);
    if (!root) {
        mail.bodyText = QString::fromUtf8(sections.value("1"));
        return mail;
    }
    const Plan plan = planFor(*root);
    if (plan.text)
        mail.bodyText = decodePart(sections.value(plan.text->section()), *plan.text);
    if (root->isDeliveryReport()) {
        const QByteArray status =
            plan.status ? MimeDecoding::decodeTransfer(sections.value(plan.status->section()),
                                                       plan.status->encoding())
                        : QByteArray();
        mail.deliveryStatus = DeliveryStatus::parse(status);
        if (!plan.returnedHeaderSection.isEmpty())
            mail.returnedHeaders =
                MailHeaders::parse(sections.value(plan.returnedHeaderSection.toUpper()));
    }
    return mail;
}

QString InboundMailAssembler::htmlToText(const QString& html) {
    static const QRegularExpression hidden(
        QStringLiteral("<(style|script|head)[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/tr|/li)[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(hidden);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace outreach::replies
