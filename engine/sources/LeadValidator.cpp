#include "sources/LeadValidator.h"

#include "mail/EmailAddress.h"

namespace outreach {
namespace {

bool hasControl(const QString& text) {
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    return false;
}

} // namespace

Result<Lead> LeadValidator::validate(Lead lead) {
    lead.email = lead.email.trimmed();
    if (lead.email.isEmpty())
        return Error::badInput(QStringLiteral("email"), QStringLiteral("email is empty"));
    Result<mail::EmailAddress> address =
        mail::EmailAddress::parse(QStringLiteral("email"), lead.email);
    if (!address || lead.email.contains(QLatin1Char('<')) || !address->displayName().isEmpty())
        return Error::badInput(
            QStringLiteral("email"),
            QStringLiteral("'%1' is not a valid email address").arg(lead.email.left(80)));
    lead.email = Lead::normaliseEmail(lead.email);
    const std::pair<const char*, QString*> fields[] = {{"firstName", &lead.firstName},
                                                       {"lastName", &lead.lastName},
                                                       {"company", &lead.company},
                                                       {"title", &lead.title}};
    for (const auto& [name, value] : fields) {
        *value = value->trimmed();
        const QString field = QString::fromLatin1(name);
        if (value->size() > maxFieldLength)
            return Error::badInput(
                field,
                QStringLiteral("%1 is longer than %2 characters").arg(field).arg(maxFieldLength));
        if (hasControl(*value))
            return Error::badInput(field,
                                   QStringLiteral("%1 contains a control character").arg(field));
    }
    return lead;
}

} // namespace outreach
