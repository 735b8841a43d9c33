#include "EmailAddress.h"

#include "mail/HeaderEncoding.h"

#include <QUrl>

namespace outreach::mail {

namespace {

constexpr int kMaxLocalPart = 64; // RFC 5321 4.5.3.1.1
constexpr int kMaxDomain = 253;   // RFC 1035, without the root dot
constexpr int kMaxAddress = 254;  // RFC 3696 erratum 1690: the path limit minus the brackets

struct Parsed {
    QString displayName;
    QString localPart;
    QString domain;
    QString asciiDomain;
};

Error fail(const QString& field, const QString& reason) {
    return Error::badInput(field, field + QStringLiteral(": ") + reason);
}

// The characters a display name may hold without quotes. Specials other than '.' (common in
// "John Q. Public" and tolerated by every reader as obs-phrase) need the quoted form.
bool plainNameChar(QChar c) {
    static const QString specials = QStringLiteral("()<>[]:;@\\,\"");
    return !specials.contains(c);
}

Result<QString> parseDisplayName(const QString& field, const QString& raw) {
    const QString name = raw.trimmed();
    if (name.isEmpty())
        return QString();
    if (name.startsWith(QLatin1Char('"'))) {
        QString out;
        qsizetype i = 1;
        for (; i < name.size() && name[i] != QLatin1Char('"'); ++i) {
            if (name[i] == QLatin1Char('\\')) {
                if (++i >= name.size())
                    break;
            }
            out += name[i];
        }
        if (i >= name.size())
            return fail(field, QStringLiteral("the display name's opening quote is not closed"));
        if (i != name.size() - 1)
            return fail(field, QStringLiteral("text follows the quoted display name; quote the "
                                              "whole name"));
        return out.simplified();
    }
    for (const QChar c : name) {
        if (!plainNameChar(c))
            return fail(field, QStringLiteral("the display name contains '%1'; put the name in "
                                              "double quotes")
                                   .arg(c));
    }
    return name.simplified();
}

// A quoted local part keeps only the characters that need no escaping beyond \" and \\;
// the stored form is the canonical one (unquoted when the content is a dot-atom).
Result<QString> parseQuotedLocal(const QString& field, const QString& spec, qsizetype& pos) {
    QString content;
    qsizetype i = 1;
    for (; i < spec.size() && spec[i] != QLatin1Char('"'); ++i) {
        if (spec[i] == QLatin1Char('\\')) {
            if (++i >= spec.size())
                break;
        }
        if (spec[i].unicode() >= 0x80)
            return fail(field, QStringLiteral("the local part (before '@') must be ASCII"));
        content += spec[i];
    }
    if (i >= spec.size())
        return fail(field, QStringLiteral("the quoted local part is not closed"));
    pos = i + 1;
    if (content.isEmpty())
        return fail(field, QStringLiteral("the local part (before '@') is empty"));
    if (HeaderEncoding::isDotAtom(content))
        return content;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : content) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

Result<QString> checkDomain(const QString& field, const QString& domain) {
    if (domain.isEmpty())
        return fail(field, QStringLiteral("the domain (after '@') is empty"));
    if (domain.startsWith(QLatin1Char('[')))
        return fail(field, QStringLiteral("address literals like [192.0.2.1] are not accepted; "
                                          "use a domain name"));
    if (domain.contains(QLatin1Char('@')))
        return fail(field, QStringLiteral("contains more than one '@'"));
    QString ascii = domain;
    const bool international =
        std::any_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() >= 0x80; });
    if (international) {
        ascii = QString::fromLatin1(QUrl::toAce(domain));
        if (ascii.isEmpty())
            return fail(field, QStringLiteral("the domain '%1' is not a valid internationalized "
                                              "domain name")
                                   .arg(domain));
    }
    if (ascii.size() > kMaxDomain)
        return fail(field, QStringLiteral("the domain is longer than 253 characters"));
    const auto labels = ascii.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return fail(field,
                    QStringLiteral("the domain '%1' has no dot (like example.com)").arg(domain));
    for (const QString& label : labels) {
        if (label.isEmpty())
            return fail(field, QStringLiteral("the domain '%1' has an empty label (two dots in a "
                                              "row, or a dot at an end)")
                                   .arg(domain));
        if (label.size() > 63)
            return fail(field, QStringLiteral("a domain label is longer than 63 characters"));
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return fail(field,
                        QStringLiteral("the domain label '%1' starts or ends with '-'").arg(label));
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ldh = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                             (u >= '0' && u <= '9') || u == '-';
            if (!ldh)
                return fail(field, QStringLiteral("the domain contains '%1', which is not "
                                                  "allowed in a host name")
                                       .arg(c));
        }
    }
    const QString& tld = labels.last();
    if (std::all_of(tld.cbegin(), tld.cend(), [](QChar c) { return c.isDigit(); }))
        return fail(field, QStringLiteral("the domain '%1' ends in a numeric label").arg(domain));
    return ascii;
}

Result<Parsed> parseAddrSpec(const QString& field, const QString& spec) {
    if (spec.isEmpty())
        return fail(field, QStringLiteral("no address inside <>"));
    Parsed parsed;
    qsizetype at = -1;
    if (spec.startsWith(QLatin1Char('"'))) {
        qsizetype pos = 0;
        auto local = parseQuotedLocal(field, spec, pos);
        if (!local)
            return local.error();
        if (pos >= spec.size() || spec[pos] != QLatin1Char('@'))
            return fail(field, QStringLiteral("expected '@' after the quoted local part"));
        parsed.localPart = *local;
        at = pos;
    } else {
        at = spec.indexOf(QLatin1Char('@'));
        if (at < 0)
            return fail(field, QStringLiteral("missing '@'"));
        const QString local = spec.left(at);
        if (local.isEmpty())
            return fail(field, QStringLiteral("the local part (before '@') is empty"));
        for (const QChar c : local) {
            if (c.unicode() >= 0x80)
                return fail(field, QStringLiteral("the local part (before '@') must be ASCII"));
            if (c == QLatin1Char(' '))
                return fail(field, QStringLiteral("contains a space"));
        }
        if (!HeaderEncoding::isDotAtom(local))
            return fail(field, QStringLiteral("the local part '%1' is not valid (allowed: "
                                              "letters, digits, !#$%&'*+-/=?^_`{|}~ and single "
                                              "dots between them)")
                                   .arg(local));
        parsed.localPart = local;
    }
    parsed.domain = spec.mid(at + 1);
    if (parsed.domain.contains(QLatin1Char(' ')))
        return fail(field, QStringLiteral("contains a space"));
    auto ascii = checkDomain(field, parsed.domain);
    if (!ascii)
        return ascii.error();
    parsed.asciiDomain = *ascii;
    if (parsed.localPart.size() > kMaxLocalPart)
        return fail(field, QStringLiteral("the local part is longer than 64 characters"));
    if (parsed.localPart.size() + 1 + parsed.asciiDomain.size() > kMaxAddress)
        return fail(field, QStringLiteral("the address is longer than 254 characters"));
    return parsed;
}

} // namespace

Result<EmailAddress> EmailAddress::parse(const QString& field, const QString& text) {
    const QString problem = HeaderEncoding::controlCharacterProblem(text);
    if (!problem.isEmpty())
        return fail(field, QStringLiteral("contains %1").arg(problem));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(field, QStringLiteral("is empty"));

    // Find '<' outside any quoted display name: a quoted name may itself hold '<' or '@'.
    qsizetype open = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (quoted && c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('<')) {
            open = i;
            break;
        } else if (!quoted && c == QLatin1Char('(')) {
            return fail(field, QStringLiteral("comments in parentheses are not supported"));
        }
    }

    Parsed parsed;
    QString spec;
    if (open >= 0) {
        const qsizetype close = trimmed.indexOf(QLatin1Char('>'), open);
        if (close < 0)
            return fail(field, QStringLiteral("'<' is not closed with '>'"));
        if (close != trimmed.size() - 1)
            return fail(field, QStringLiteral("text follows '>'; give exactly one address"));
        auto name = parseDisplayName(field, trimmed.left(open));
        if (!name)
            return name.error();
        parsed.displayName = *name;
        spec = trimmed.mid(open + 1, close - open - 1).trimmed();
    } else {
        if (!trimmed.startsWith(QLatin1Char('"')) && trimmed.contains(QLatin1Char('>')))
            return fail(field, QStringLiteral("'>' without '<'"));
        spec = trimmed;
        if (!spec.startsWith(QLatin1Char('"')) && spec.contains(QLatin1Char(',')))
            return fail(field, QStringLiteral("give exactly one address (found ',')"));
    }

    auto specParsed = parseAddrSpec(field, spec);
    if (!specParsed)
        return specParsed.error();
    EmailAddress address;
    address.m_displayName = parsed.displayName;
    address.m_localPart = specParsed->localPart;
    address.m_domain = specParsed->domain;
    address.m_asciiDomain = specParsed->asciiDomain;
    return address;
}

Result<EmailAddress> EmailAddress::withDisplayName(const QString& field,
                                                   const QString& name) const {
    const QString problem = HeaderEncoding::controlCharacterProblem(name);
    if (!problem.isEmpty())
        return fail(field, QStringLiteral("contains %1").arg(problem));
    EmailAddress copy = *this;
    copy.m_displayName = name.simplified();
    return copy;
}

QByteArray EmailAddress::envelope() const {
    return m_localPart.toLatin1() + '@' + m_asciiDomain.toLatin1();
}

QByteArray EmailAddress::headerValue() const {
    if (m_displayName.isEmpty())
        return envelope();
    return HeaderEncoding::phrase(m_displayName) + " <" + envelope() + '>';
}

QString EmailAddress::canonical() const {
    return m_localPart + QLatin1Char('@') + m_asciiDomain.toLower();
}

} // namespace outreach::mail
