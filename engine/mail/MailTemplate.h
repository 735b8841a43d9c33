#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace outreach::mail {

// A subject or body with `{{name}}` and `{{name|fallback}}` variables.
//
// Variables are checked when the template is parsed (i.e. saved): a name outside
// knownVariables() is an error naming it, so a typo never turns into a blank at send time.
// At render time a missing or blank value takes the fallback (or nothing). Values are cleaned
// before they are inserted: line breaks and tabs become spaces, other control characters are
// dropped, so a lead's data can never start a new header line in a subject.
class MailTemplate {
public:
    enum class Kind {
        SingleLine, // subjects: the template text itself may hold no control character
        MultiLine   // bodies
    };
    enum class Escape { None, Html };

    struct Variable {
        QString name;
        QString description;
    };
    // firstName, lastName, fullName, company, title, email (the lead); senderName,
    // senderEmail, senderCompany, postalAddress (the sending user); campaignName;
    // unsubscribeUrl.
    static const QList<Variable>& knownVariables();

    MailTemplate() = default;
    static Result<MailTemplate> parse(const QString& field, const QString& text,
                                      Kind kind = Kind::MultiLine);

    // Html escapes inserted values (not the template's own text or fallbacks).
    QString render(const QHash<QString, QString>& values, Escape escape = Escape::None) const;

    const QString& source() const { return m_source; }
    QStringList variables() const; // distinct names used, in order of first use

    static QString cleanValue(const QString& value);

private:
    struct Segment {
        QString text; // literal text, or the variable name
        QString fallback;
        bool variable = false;
    };
    QList<Segment> m_segments;
    QString m_source;
};

} // namespace outreach::mail
