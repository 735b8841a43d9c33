#include "MailTemplate.h"

#include "mail/HeaderEncoding.h"

#include <algorithm>

namespace outreach::mail {

namespace {

Error fail(const QString& field, const QString& reason) {
    return Error::badInput(field, field + QStringLiteral(": ") + reason);
}

int editDistance(const QString& a, const QString& b) {
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString suggestionFor(const QString& unknown) {
    QString best;
    int bestDistance = 3; // more than two edits away is not a typo worth suggesting
    for (const auto& variable : MailTemplate::knownVariables()) {
        const int d = editDistance(unknown, variable.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = variable.name;
        }
    }
    return best;
}

bool isKnown(const QString& name) {
    const auto& known = MailTemplate::knownVariables();
    return std::any_of(known.cbegin(), known.cend(),
                       [&](const MailTemplate::Variable& v) { return v.name == name; });
}

bool validName(const QString& name) {
    if (name.isEmpty() || !name[0].isLetter() || name[0].unicode() >= 0x80)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    });
}

} // namespace

const QList<MailTemplate::Variable>& MailTemplate::knownVariables() {
    static const QList<Variable> variables = {
        {QStringLiteral("firstName"), QStringLiteral("the lead's first name")},
        {QStringLiteral("lastName"), QStringLiteral("the lead's last name")},
        {QStringLiteral("fullName"), QStringLiteral("the lead's first and last name")},
        {QStringLiteral("company"), QStringLiteral("the lead's company")},
        {QStringLiteral("title"), QStringLiteral("the lead's job title")},
        {QStringLiteral("email"), QStringLiteral("the lead's email address")},
        {QStringLiteral("senderName"), QStringLiteral("the sender account's from name")},
        {QStringLiteral("senderEmail"), QStringLiteral("the sender account's from address")},
        {QStringLiteral("senderCompany"), QStringLiteral("the sending user's company name")},
        {QStringLiteral("postalAddress"), QStringLiteral("the sending user's postal address")},
        {QStringLiteral("campaignName"), QStringLiteral("the campaign's name")},
        {QStringLiteral("unsubscribeUrl"), QStringLiteral("the lead's one-click unsubscribe link")},
    };
    return variables;
}

Result<MailTemplate> MailTemplate::parse(const QString& field, const QString& text, Kind kind) {
    if (kind == Kind::SingleLine) {
        const QString problem = HeaderEncoding::controlCharacterProblem(text);
        if (!problem.isEmpty())
            return fail(field,
                        QStringLiteral("contains %1; it must be a single line").arg(problem));
    }
    MailTemplate result;
    result.m_source = text;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            result.m_segments.append({text.mid(pos), {}, false});
            break;
        }
        if (open > pos)
            result.m_segments.append({text.mid(pos, open - pos), {}, false});
        const int line = int(text.left(open).count(QLatin1Char('\n'))) + 1;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return fail(field, QStringLiteral("line %1: '{{' is not closed with '}}'").arg(line));
        const QString inner = text.mid(open + 2, close - open - 2);
        if (inner.contains(QLatin1String("{{")))
            return fail(field, QStringLiteral("line %1: '{{' is not closed with '}}' before the "
                                              "next '{{'")
                                   .arg(line));
        const qsizetype bar = inner.indexOf(QLatin1Char('|'));
        const QString name = (bar < 0 ? inner : inner.left(bar)).trimmed();
        const QString fallback = bar < 0 ? QString() : inner.mid(bar + 1).trimmed();
        if (name.isEmpty())
            return fail(
                field,
                QStringLiteral("line %1: a variable has no name: '{{%2}}'").arg(line).arg(inner));
        if (!validName(name) || !isKnown(name)) {
            QString reason = QStringLiteral("line %1: unknown variable '%2'").arg(line).arg(name);
            const QString suggestion = suggestionFor(name);
            if (!suggestion.isEmpty())
                reason += QStringLiteral(" (did you mean '%1'?)").arg(suggestion);
            QStringList names;
            for (const auto& v : knownVariables())
                names << v.name;
            reason += QStringLiteral("; known variables: ") + names.join(QStringLiteral(", "));
            return fail(field, reason);
        }
        result.m_segments.append({name, fallback, true});
        pos = close + 2;
    }
    return result;
}

QString MailTemplate::cleanValue(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        const char16_t u = c.unicode();
        if (u == '\r' || u == '\n' || u == '\t' || u == '\v' || u == '\f' || u == 0x85 ||
            u == 0x2028 || u == 0x2029) {
            out += QLatin1Char(' ');
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F)) {
            continue;
        } else if (c.isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
            out += c;
            out += value[++i];
        } else if (!c.isSurrogate()) {
            out += c;
        }
    }
    return out.simplified();
}

QString MailTemplate::render(const QHash<QString, QString>& values, Escape escape) const {
    QString out;
    for (const Segment& segment : m_segments) {
        if (!segment.variable) {
            out += segment.text;
            continue;
        }
        QString value = cleanValue(values.value(segment.text));
        if (value.isEmpty()) {
            out += segment.fallback;
            continue;
        }
        if (escape == Escape::Html)
            value = value.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
        out += value;
    }
    return out;
}

QStringList MailTemplate::variables() const {
    QStringList names;
    for (const Segment& segment : m_segments) {
        if (segment.variable && !names.contains(segment.text))
            names << segment.text;
    }
    return names;
}

} // namespace outreach::mail
