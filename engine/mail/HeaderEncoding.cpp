#include "HeaderEncoding.h"

#include <algorithm>

namespace outreach::mail::HeaderEncoding {

namespace {

// The Q encoding must keep a word self-delimiting: '=', '?', '_' and space are always encoded.
// Inside a phrase (display name) RFC 2047 section 5(3) narrows the literal set further.
bool qLiteral(uchar b, bool phrase) {
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))
        return true;
    if (phrase)
        return b == '!' || b == '*' || b == '+' || b == '-' || b == '/';
    return b > 0x20 && b < 0x7F && b != '=' && b != '?' && b != '_';
}

int qLength(uchar b, bool phrase) {
    return (b == ' ' || qLiteral(b, phrase)) ? 1 : 3;
}

constexpr int kWordOverhead = 12; // "=?utf-8?B?" + "?="

int bLength(int bytes) {
    return kWordOverhead + 4 * ((bytes + 2) / 3);
}

// The UTF-8 bytes of each code point, so a word boundary can only fall between characters.
QList<QByteArray> codePoints(const QString& text) {
    QList<QByteArray> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            len = 2;
        out.append(text.mid(i, len).toUtf8());
        i += len - 1;
    }
    return out;
}

QByteArray encodeWord(const QByteArray& bytes, bool useB, bool phrase) {
    QByteArray word = useB ? QByteArrayLiteral("=?utf-8?B?") : QByteArrayLiteral("=?utf-8?Q?");
    if (useB) {
        word += bytes.toBase64();
    } else {
        static const char hex[] = "0123456789ABCDEF";
        for (const char ch : bytes) {
            const auto b = static_cast<uchar>(ch);
            if (b == ' ') {
                word += '_';
            } else if (qLiteral(b, phrase)) {
                word += ch;
            } else {
                word += '=';
                word += hex[b >> 4];
                word += hex[b & 0x0F];
            }
        }
    }
    word += "?=";
    return word;
}

bool printableAscii(const QString& text) {
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

} // namespace

QString controlCharacterProblem(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == '\r' || c == '\n')
            return QStringLiteral("a line break (CR or LF)");
        if (c == 0)
            return QStringLiteral("a NUL character");
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
            return QStringLiteral("the control character U+%1")
                .arg(QString::number(int(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (c == 0x2028 || c == 0x2029)
            return QStringLiteral("a Unicode line separator");
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return QStringLiteral("an unpaired UTF-16 surrogate");
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return QStringLiteral("an unpaired UTF-16 surrogate");
        }
    }
    return {};
}

bool isAtext(QChar c) {
    const char16_t u = c.unicode();
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
        return true;
    return u < 0x80 && std::char_traits<char>::find("!#$%&'*+-/=?^_`{|}~", 19, char(u));
}

bool isDotAtom(const QString& text) {
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.')))
        return false;
    QChar previous;
    for (const QChar c : text) {
        if (c == QLatin1Char('.')) {
            if (previous == QLatin1Char('.'))
                return false;
        } else if (!isAtext(c)) {
            return false;
        }
        previous = c;
    }
    return true;
}

QList<QByteArray> encodedWords(const QString& text, int firstMax, bool phrase) {
    const QList<QByteArray> points = codePoints(text);
    int qTotal = 0;
    int bytes = 0;
    for (const QByteArray& cp : points) {
        bytes += int(cp.size());
        for (const char ch : cp)
            qTotal += qLength(uchar(ch), phrase);
    }
    const bool useB = 4 * ((bytes + 2) / 3) < qTotal;

    // Four-byte characters need 20 (B) or 24 (Q) octets in a word; never go below that.
    int limit = std::clamp(firstMax, 24, kMaxEncodedWord);
    QList<QByteArray> words;
    QByteArray current;
    int currentQ = 0;
    for (const QByteArray& cp : points) {
        int cpQ = 0;
        for (const char ch : cp)
            cpQ += qLength(uchar(ch), phrase);
        const int wouldBe =
            useB ? bLength(int(current.size() + cp.size())) : kWordOverhead + currentQ + cpQ;
        if (wouldBe > limit && !current.isEmpty()) {
            words.append(encodeWord(current, useB, phrase));
            current.clear();
            currentQ = 0;
            limit = kMaxEncodedWord;
        }
        current += cp;
        currentQ += cpQ;
    }
    if (!current.isEmpty() || words.isEmpty())
        words.append(encodeWord(current, useB, phrase));
    return words;
}

QByteArray unstructured(const QString& text, int nameLength) {
    bool plain = printableAscii(text) && !text.contains(QLatin1String("=?"));
    if (plain) {
        // A run without spaces cannot be folded; past a line's length it must be encoded.
        const auto runs = text.split(QLatin1Char(' '));
        plain = std::all_of(runs.cbegin(), runs.cend(), [&](const QString& run) {
            return run.size() < kPreferredLine - nameLength - 2;
        });
    }
    if (plain)
        return text.toLatin1();
    return encodedWords(text, kPreferredLine - nameLength - 2, false).join(' ');
}

QByteArray phrase(const QString& name) {
    if (printableAscii(name) && !name.contains(QLatin1String("=?"))) {
        const auto words = name.split(QLatin1Char(' '));
        const bool atoms = std::all_of(words.cbegin(), words.cend(), [](const QString& w) {
            return !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), isAtext);
        });
        if (atoms)
            return name.toLatin1();
        QByteArray quoted = "\"";
        for (const QChar c : name) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                quoted += '\\';
            quoted += char(c.unicode());
        }
        return quoted + '"';
    }
    // 66 keeps "Reply-To: " plus the first word within 78 octets.
    return encodedWords(name, 66, true).join(' ');
}

Result<QByteArray> headerLine(const QByteArray& name, const QByteArray& value) {
    const QString field = QString::fromLatin1(name).toLower();
    for (const char ch : value) {
        const auto b = static_cast<uchar>(ch);
        if (b == '\r' || b == '\n')
            return Error::badInput(field, field + QStringLiteral(": contains a line break"));
        if (b < 0x20 || b >= 0x7F)
            return Error::badInput(field, field + QStringLiteral(": contains a byte that is not "
                                                                 "printable ASCII"));
    }
    QByteArray out = name + ": ";
    qsizetype lineLength = out.size();
    qsizetype longest = 0;
    qsizetype start = 0;
    bool firstLine = true;
    const qsizetype n = value.size();
    while (start < n) {
        // A piece runs to the next space that is followed by a non-space: folding there never
        // leaves a line of only white space, and unfolding restores the exact value.
        qsizetype end = start + 1;
        while (end < n && !(value[end] == ' ' && end + 1 < n && value[end + 1] != ' '))
            ++end;
        const QByteArray piece = value.mid(start, end - start);
        const bool lineHasText = lineLength > (firstLine ? name.size() + 2 : 0);
        if (lineHasText && lineLength + piece.size() > kPreferredLine && piece.startsWith(' ')) {
            longest = std::max(longest, lineLength);
            out += "\r\n";
            lineLength = 0;
            firstLine = false;
        }
        out += piece;
        lineLength += piece.size();
        start = end;
    }
    longest = std::max(longest, lineLength);
    if (longest > kMaxLine)
        return Error::badInput(field, field + QStringLiteral(": a header line would be longer "
                                                             "than 998 octets"));
    return out + "\r\n";
}

} // namespace outreach::mail::HeaderEncoding
