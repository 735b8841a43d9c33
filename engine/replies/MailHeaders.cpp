#include "replies/MailHeaders.h"

#include "replies/MimeDecoding.h"

#include <QRegularExpression>

namespace outreach::replies {
namespace {

constexpr qsizetype kMaxFields = 2000;

// Parenthesised comments removed (nesting and quoted pairs respected), quoted strings kept.
QByteArray withoutComments(const QByteArray& value) {
    QByteArray out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '\\' && i + 1 < value.size()) {
            if (depth == 0)
                out += value.mid(i, 2);
            ++i;
            continue;
        }
        if (depth == 0 && c == '"')
            quoted = !quoted;
        if (!quoted && c == '(') {
            ++depth;
            continue;
        }
        if (!quoted && c == ')' && depth > 0) {
            --depth;
            continue;
        }
        if (depth == 0)
            out += c;
    }
    return out;
}

} // namespace

MailHeaders MailHeaders::parse(const QByteArray& block) {
    MailHeaders headers;
    QByteArray name;
    QByteArray value;
    auto flush = [&] {
        if (!name.isEmpty() && headers.m_fields.size() < kMaxFields)
            headers.m_fields.append({name.toLower(), value.simplified()});
        name.clear();
        value.clear();
    };
    for (QByteArray line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (!name.isEmpty() || !headers.m_fields.isEmpty())
                break; // the end of the header block
            continue;
        }
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            if (!name.isEmpty())
                value += ' ' + line.trimmed();
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a field (an mbox "From " line, garbage)
        const QByteArray candidate = line.left(colon).trimmed();
        bool printable = !candidate.isEmpty();
        for (const char c : candidate)
            printable = printable && c > 32 && c < 127;
        if (!printable)
            continue;
        name = candidate;
        value = line.mid(colon + 1).trimmed();
    }
    flush();
    return headers;
}

bool MailHeaders::has(const QByteArray& name) const {
    const QByteArray key = name.toLower();
    for (const auto& [n, v] : m_fields)
        if (n == key)
            return true;
    return false;
}

QByteArray MailHeaders::raw(const QByteArray& name) const {
    const QByteArray key = name.toLower();
    for (const auto& [n, v] : m_fields)
        if (n == key)
            return v;
    return {};
}

QList<QByteArray> MailHeaders::all(const QByteArray& name) const {
    const QByteArray key = name.toLower();
    QList<QByteArray> out;
    for (const auto& [n, v] : m_fields)
        if (n == key)
            out << v;
    return out;
}

QString MailHeaders::text(const QByteArray& name) const {
    return MimeDecoding::decodeHeader(raw(name)).simplified();
}

QStringList MailHeaders::messageIdsIn(const QByteArray& value) {
    static const QRegularExpression id(QStringLiteral("<([^<>\\s@]+@[^<>\\s]+)>"));
    QStringList ids;
    auto it = id.globalMatch(QString::fromLatin1(withoutComments(value)));
    while (it.hasNext() && ids.size() < 200)
        ids << QLatin1Char('<') + it.next().captured(1) + QLatin1Char('>');
    return ids;
}

QStringList MailHeaders::messageIds(const QByteArray& name) const {
    QStringList ids;
    for (const QByteArray& value : all(name))
        ids += messageIdsIn(value);
    return ids;
}

QStringList MailHeaders::addressesIn(const QByteArray& value) {
    // Each mailbox: the addr-spec in angle brackets, else a bare one. The display name is
    // never read as an address (`"x@evil.example" <jane@x.example>` is jane).
    static const QRegularExpression angle(QStringLiteral("<\\s*([^<>\\s\"]+@[^<>\\s\"]+)\\s*>"));
    static const QRegularExpression bare(
        QStringLiteral("^\\s*([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)\\s*;?\\s*$"));
    static const QRegularExpression quoted(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
    // Quoted display names may hold '@', ',' and '<': they go before splitting.
    QString text = QString::fromUtf8(withoutComments(value));
    text.replace(quoted, QStringLiteral("\"\""));
    QStringList out;
    for (QString piece : text.split(QLatin1Char(','))) {
        const qsizetype colon = piece.indexOf(QLatin1Char(':'));
        const qsizetype open = piece.indexOf(QLatin1Char('<'));
        if (colon >= 0 && (open < 0 || colon < open))
            piece = piece.mid(colon + 1); // a group: "team: a@x, b@y;"
        if (const QRegularExpressionMatch m = angle.match(piece); m.hasMatch())
            out << m.captured(1);
        else if (const QRegularExpressionMatch b = bare.match(piece); b.hasMatch())
            out << b.captured(1);
        if (out.size() >= 100)
            break;
    }
    return out;
}

QStringList MailHeaders::addresses(const QByteArray& name) const {
    QStringList out;
    for (const QByteArray& value : all(name))
        out += addressesIn(value);
    return out;
}

QString MailHeaders::address(const QByteArray& name) const {
    return addresses(name).value(0);
}

QByteArray MailHeaders::mainValue(const QByteArray& name) const {
    const QByteArray v = withoutComments(raw(name));
    const qsizetype semi = v.indexOf(';');
    return (semi < 0 ? v : v.left(semi)).trimmed().toLower();
}

QByteArray MailHeaders::parameter(const QByteArray& name, const QByteArray& parameterName) const {
    const QByteArray v = withoutComments(raw(name));
    for (const QByteArray& piece : v.split(';').mid(1)) {
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0 || piece.left(eq).trimmed().toLower() != parameterName.toLower())
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace outreach::replies
