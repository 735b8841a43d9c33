#include "imap/ImapResponseReader.h"

namespace outreach::imap {
namespace {

Error malformed(const QString& what) {
    return Error::runtime(
        QStringLiteral("the IMAP server sent a malformed response: %1").arg(what));
}

bool isControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

// `{123}` (or `{123+}`) right before `end`: the announced literal size. -1 when the text does
// not end in a literal announcement, -2 when it does but the number is absurd.
qint64 literalBefore(const QByteArray& bytes, qsizetype start, qsizetype end) {
    if (end - start < 3 || bytes.at(end - 1) != '}')
        return -1;
    qsizetype i = end - 2;
    if (bytes.at(i) == '+')
        --i;
    const qsizetype lastDigit = i;
    while (i >= start && bytes.at(i) >= '0' && bytes.at(i) <= '9')
        --i;
    if (i < start || bytes.at(i) != '{' || i == lastDigit)
        return -1;
    if (lastDigit - i > 18)
        return -2;
    return bytes.mid(i + 1, lastDigit - i).toLongLong();
}

QString printableText(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes);
    for (QChar& c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    return text.trimmed();
}

// A recursive-descent reader over one framed response.
class Cursor {
public:
    Cursor(const QByteArray& bytes, const ImapLimits& limits) : m_b(bytes), m_limits(limits) {}

    Result<ImapResponse> response() {
        ImapResponse r;
        if (peek() == '+') {
            ++m_pos;
            if (peek() == ' ')
                ++m_pos;
            r.kind = ImapResponse::Kind::Continuation;
            r.text = printableText(restOfLine());
            return r;
        }
        if (peek() == '*') {
            ++m_pos;
            r.kind = ImapResponse::Kind::Untagged;
        } else {
            r.kind = ImapResponse::Kind::Tagged;
            r.tag = word();
            if (r.tag.isEmpty())
                return malformed(QStringLiteral("a response starts with neither '*', '+' nor "
                                                "a tag"));
        }
        if (!space())
            return malformed(QStringLiteral("no space after '%1'")
                                 .arg(QString::fromLatin1(r.tag.isEmpty() ? "*" : r.tag)));
        const QByteArray first = word();
        if (first.isEmpty())
            return malformed(QStringLiteral("an empty response"));
        const QByteArray upper = first.toUpper();
        if (upper == "OK" || upper == "NO" || upper == "BAD" || upper == "BYE" ||
            upper == "PREAUTH") {
            r.status = upper;
            if (Status s = statusRest(r); !s)
                return s.error();
            return r;
        }
        if (r.kind == ImapResponse::Kind::Tagged)
            return malformed(QStringLiteral("a tagged response without OK, NO or BAD"));
        r.data.append(ImapValue::atom(first));
        Result<QList<ImapValue>> rest = values(0);
        if (!rest)
            return rest.error();
        r.data += *rest;
        if (!atLineEnd())
            return malformed(QStringLiteral("unexpected ')'"));
        return r;
    }

private:
    char peek() const { return m_pos < m_b.size() ? m_b.at(m_pos) : '\0'; }
    bool atLineEnd() const {
        return m_pos + 1 < m_b.size() && m_b.at(m_pos) == '\r' && m_b.at(m_pos + 1) == '\n';
    }
    bool space() {
        if (peek() != ' ')
            return false;
        while (peek() == ' ')
            ++m_pos;
        return true;
    }
    QByteArray word() {
        const qsizetype start = m_pos;
        while (m_pos < m_b.size() && m_b.at(m_pos) != ' ' && m_b.at(m_pos) != '\r' &&
               m_b.at(m_pos) != '\n' && m_b.at(m_pos) != '[')
            ++m_pos;
        return m_b.mid(start, m_pos - start);
    }
    QByteArray restOfLine() {
        const qsizetype end = m_b.indexOf("\r\n", m_pos);
        const qsizetype stop = end < 0 ? m_b.size() : end;
        QByteArray text = m_b.mid(m_pos, stop - m_pos);
        m_pos = stop;
        return text;
    }

    // `[CODE arguments] text` after OK/NO/BAD/BYE/PREAUTH; the text is free-form.
    Status statusRest(ImapResponse& r) {
        space();
        if (peek() == '[') {
            ++m_pos;
            const qsizetype close = m_b.indexOf(']', m_pos);
            const qsizetype eol = m_b.indexOf("\r\n", m_pos);
            if (close < 0 || (eol >= 0 && close > eol))
                return malformed(QStringLiteral("a response code without its closing ']'"));
            const QByteArray inside = m_b.mid(m_pos, close - m_pos);
            m_pos = close + 1;
            const qsizetype sp = inside.indexOf(' ');
            r.code = (sp < 0 ? inside : inside.left(sp)).toUpper();
            r.codeArguments = sp < 0 ? QByteArray() : inside.mid(sp + 1).trimmed();
            for (const char c : inside)
                if (isControl(c))
                    return malformed(QStringLiteral("a control character in a response code"));
        }
        r.text = printableText(restOfLine());
        return Status::success();
    }

    Result<QList<ImapValue>> values(int depth) {
        QList<ImapValue> out;
        while (true) {
            space();
            if (m_pos >= m_b.size())
                return malformed(QStringLiteral("the response ends without CRLF"));
            if (atLineEnd() || peek() == ')')
                return out;
            Result<ImapValue> v = value(depth);
            if (!v)
                return v.error();
            out.append(std::move(*v));
        }
    }

    Result<ImapValue> value(int depth) {
        const char c = peek();
        if (c == '(') {
            if (depth + 1 > m_limits.maxDepth)
                return malformed(
                    QStringLiteral("lists nested deeper than %1 levels").arg(m_limits.maxDepth));
            ++m_pos;
            Result<QList<ImapValue>> items = values(depth + 1);
            if (!items)
                return items.error();
            if (peek() != ')')
                return malformed(QStringLiteral("a list without its closing ')'"));
            ++m_pos;
            return ImapValue::list(std::move(*items));
        }
        if (c == '"')
            return quoted();
        if (c == '{')
            return literal();
        return atom();
    }

    // RFC 3501 quoted: no CR or LF inside, and a backslash may only escape '"' or '\'.
    Result<ImapValue> quoted() {
        ++m_pos;
        QByteArray out;
        while (true) {
            if (m_pos >= m_b.size())
                return malformed(QStringLiteral("a quoted string without its closing quote"));
            const char c = m_b.at(m_pos++);
            if (c == '"')
                return ImapValue::string(out);
            if (c == '\r' || c == '\n')
                return malformed(QStringLiteral("a line break inside a quoted string"));
            if (c == '\0')
                return malformed(QStringLiteral("a NUL octet inside a quoted string"));
            if (c == '\\') {
                const char next = peek();
                if (next != '"' && next != '\\')
                    return malformed(QStringLiteral("an invalid escape inside a quoted string"));
                out += next;
                ++m_pos;
                continue;
            }
            out += c;
        }
    }

    Result<ImapValue> literal() {
        const qsizetype close = m_b.indexOf('}', m_pos);
        if (close < 0)
            return malformed(QStringLiteral("a literal without its closing '}'"));
        QByteArray digits = m_b.mid(m_pos + 1, close - m_pos - 1);
        if (digits.endsWith('+'))
            digits.chop(1);
        bool ok = !digits.isEmpty() && digits.size() <= 18;
        for (const char d : digits)
            ok = ok && d >= '0' && d <= '9';
        if (!ok)
            return malformed(QStringLiteral("a literal with an invalid size"));
        const qint64 size = digits.toLongLong();
        if (size > m_limits.maxLiteralBytes)
            return malformed(QStringLiteral("a %1-byte literal, more than the %2 bytes allowed")
                                 .arg(size)
                                 .arg(m_limits.maxLiteralBytes));
        m_pos = close + 1;
        if (!atLineEnd())
            return malformed(QStringLiteral("a literal size not followed by CRLF"));
        m_pos += 2;
        if (m_b.size() - m_pos < size)
            return malformed(QStringLiteral("a literal shorter than announced"));
        QByteArray data = m_b.mid(m_pos, size);
        m_pos += size;
        return ImapValue::string(std::move(data));
    }

    // An atom; a `[...]` section (BODY[HEADER.FIELDS (TO)]) is part of it, spaces and all.
    Result<ImapValue> atom() {
        const qsizetype start = m_pos;
        while (m_pos < m_b.size()) {
            const char c = m_b.at(m_pos);
            if (c == '[') {
                const qsizetype close = m_b.indexOf(']', m_pos);
                const qsizetype eol = m_b.indexOf("\r\n", m_pos);
                if (close < 0 || (eol >= 0 && close > eol))
                    return malformed(QStringLiteral("a section without its closing ']'"));
                m_pos = close + 1;
                continue;
            }
            if (c == ' ' || c == '(' || c == ')' || c == '"' || c == '{' || c == '\r' || c == '\n')
                break;
            if (isControl(c))
                return malformed(QStringLiteral("a control character in an atom"));
            ++m_pos;
        }
        if (m_pos == start)
            return malformed(QStringLiteral("an unexpected character '%1'")
                                 .arg(QString::fromLatin1(QByteArray(1, peek()).toHex())));
        QByteArray text = m_b.mid(start, m_pos - start);
        for (const char c : text)
            if (isControl(c))
                return malformed(QStringLiteral("a control character in an atom"));
        if (text.compare("NIL", Qt::CaseInsensitive) == 0)
            return ImapValue::nil();
        return ImapValue::atom(std::move(text));
    }

    const QByteArray& m_b;
    const ImapLimits& m_limits;
    qsizetype m_pos = 0;
};

} // namespace

ImapResponseReader::ImapResponseReader(ImapLimits limits) : m_limits(limits) {}

void ImapResponseReader::clear() {
    m_buffer.clear();
    m_error.clear();
    m_segmentStart = m_scanFrom = m_waitUntil = 0;
}

void ImapResponseReader::append(const QByteArray& bytes) {
    if (!hasError())
        m_buffer += bytes;
}

std::optional<ImapResponse> ImapResponseReader::next() {
    if (hasError())
        return std::nullopt;
    while (true) {
        if (m_waitUntil > 0) {
            if (m_buffer.size() < m_waitUntil)
                return std::nullopt; // the rest of a literal is still on its way
            m_segmentStart = m_scanFrom = m_waitUntil;
            m_waitUntil = 0;
        }
        const qsizetype eol = m_buffer.indexOf("\r\n", m_scanFrom);
        if (eol < 0) {
            if (m_buffer.size() - m_segmentStart > m_limits.maxLineBytes) {
                m_error =
                    malformed(
                        QStringLiteral("a line longer than %1 bytes").arg(m_limits.maxLineBytes))
                        .message;
                return std::nullopt;
            }
            // A CR at the very end may be the first half of the CRLF still to come.
            m_scanFrom = std::max(m_segmentStart, m_buffer.size() - 1);
            return std::nullopt;
        }
        if (eol - m_segmentStart > m_limits.maxLineBytes) {
            m_error =
                malformed(QStringLiteral("a line longer than %1 bytes").arg(m_limits.maxLineBytes))
                    .message;
            return std::nullopt;
        }
        const qint64 literal = literalBefore(m_buffer, m_segmentStart, eol);
        if (literal == -2 || literal > m_limits.maxLiteralBytes) {
            m_error = malformed(literal == -2
                                    ? QStringLiteral("a literal with an absurd size")
                                    : QStringLiteral("a %1-byte literal, more than the %2 bytes "
                                                     "allowed")
                                          .arg(literal)
                                          .arg(m_limits.maxLiteralBytes))
                          .message;
            return std::nullopt;
        }
        const qint64 end = eol + 2 + std::max<qint64>(literal, 0);
        if (end > m_limits.maxResponseBytes) {
            m_error = malformed(QStringLiteral("a response larger than %1 bytes")
                                    .arg(m_limits.maxResponseBytes))
                          .message;
            return std::nullopt;
        }
        if (literal >= 0) {
            m_waitUntil = end;
            continue;
        }
        const QByteArray framed = m_buffer.left(end);
        m_buffer.remove(0, end);
        m_segmentStart = m_scanFrom = 0;
        Result<ImapResponse> parsed = parse(framed, m_limits);
        if (!parsed) {
            m_error = parsed.error().message;
            return std::nullopt;
        }
        return std::move(*parsed);
    }
}

Result<ImapResponse> ImapResponseReader::parse(const QByteArray& bytes, const ImapLimits& limits) {
    if (!bytes.endsWith("\r\n"))
        return malformed(QStringLiteral("the response ends without CRLF"));
    return Cursor(bytes, limits).response();
}

} // namespace outreach::imap
