#include "imap/ImapCommands.h"

#include <algorithm>

namespace outreach::imap {
namespace {

bool isQuotable(const QString& text) {
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

std::optional<quint32> uid32(const ImapValue& value) {
    const std::optional<quint64> n = value.number();
    if (!n || *n == 0 || *n > 0xffffffffULL)
        return std::nullopt;
    return quint32(*n);
}

} // namespace

QByteArray ImapCommands::plainToken(const QString& username, const QString& password) {
    return ('\0' + username.toUtf8() + '\0' + password.toUtf8()).toBase64();
}

Result<QByteArray> ImapCommands::login(const QSet<QByteArray>& capabilities,
                                       const QString& username, const QString& password) {
    if (capabilities.contains("AUTH=PLAIN")) {
        if (capabilities.contains("SASL-IR"))
            return "AUTHENTICATE PLAIN " + plainToken(username, password);
        return QByteArray("AUTHENTICATE PLAIN");
    }
    if (capabilities.contains("LOGINDISABLED"))
        return Error::runtime(QStringLiteral("the IMAP server offers neither AUTHENTICATE PLAIN "
                                             "nor LOGIN"));
    // Quoted strings are 7-bit only; anything else would need a literal, and a server without
    // AUTH=PLAIN that takes non-ASCII passwords through LOGIN is rare enough to refuse.
    if (!isQuotable(username) || !isQuotable(password))
        return Error::runtime(QStringLiteral("the IMAP user name or password holds non-ASCII "
                                             "characters and the server does not offer "
                                             "AUTHENTICATE PLAIN"));
    return "LOGIN " + quoted(username.toLatin1()) + ' ' + quoted(password.toLatin1());
}

QByteArray ImapCommands::quoted(const QByteArray& text) {
    QByteArray out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray ImapCommands::quoteMailbox(const QString& mailbox) {
    QByteArray out;
    QString pending; // characters waiting to be base64-encoded
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        QByteArray utf16;
        for (const QChar c : std::as_const(pending)) {
            utf16 += char(c.unicode() >> 8);
            utf16 += char(c.unicode() & 0xff);
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (const QChar c : mailbox) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f) {
            flush();
            out += u == '&' ? QByteArray("&-") : QByteArray(1, char(u));
        } else {
            pending += c;
        }
    }
    flush();
    return quoted(out);
}

QByteArray ImapCommands::uidSet(QList<quint32> uids) {
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    QByteArray out;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1)
            ++j;
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(uids[i]);
        if (j > i)
            out += ':' + QByteArray::number(uids[j]);
        i = j + 1;
    }
    return out;
}

QByteArray ImapCommands::searchDate(const QDate& date) {
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray::number(date.day()) + '-' + months[date.month() - 1] + '-' +
           QByteArray::number(date.year());
}

bool ImapCommands::isSafeSection(const QByteArray& section) {
    if (section.isEmpty() || section.size() > 40)
        return false;
    for (const QByteArray& part : section.split('.')) {
        if (part == "HEADER" || part == "TEXT" || part == "MIME")
            continue;
        if (part.isEmpty() ||
            !std::all_of(part.cbegin(), part.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
    }
    return true;
}

QByteArray ImapCommands::verbOf(const QByteArray& line) {
    const QList<QByteArray> words = line.split(' ');
    if (words.value(0) == "UID")
        return "UID " + words.value(1);
    return words.value(0);
}

std::optional<QSet<QByteArray>> ImapCommands::readCapabilities(const ImapResponse& response) {
    QList<QByteArray> words;
    if (response.code == "CAPABILITY")
        words = response.codeArguments.split(' ');
    else if (!response.isStatus() && !response.data.isEmpty() &&
             response.data.first().is("CAPABILITY"))
        for (qsizetype i = 1; i < response.data.size(); ++i)
            words << response.data.at(i).bytes();
    if (words.isEmpty())
        return std::nullopt;
    QSet<QByteArray> capabilities;
    for (const QByteArray& w : std::as_const(words))
        if (!w.isEmpty())
            capabilities.insert(w.toUpper());
    return capabilities;
}

void ImapCommands::readSelectData(const ImapResponse& response, ImapMailboxInfo& info) {
    if (response.status == "OK") {
        const std::optional<quint64> n = ImapValue::atom(response.codeArguments).number();
        if (response.code == "UIDVALIDITY" && n && *n <= 0xffffffffULL)
            info.uidValidity = quint32(*n);
        else if (response.code == "UIDNEXT" && n && *n <= 0xffffffffULL)
            info.uidNext = quint32(*n);
        return;
    }
    if (!response.isStatus() && response.data.size() == 2 && response.data.at(1).is("EXISTS")) {
        const std::optional<quint64> n = response.data.at(0).number();
        if (n && *n <= 0xffffffffULL)
            info.exists = quint32(*n);
    }
}

QList<quint32> ImapCommands::readSearch(const ImapResponse& response) {
    QList<quint32> uids;
    if (response.isStatus() || response.data.isEmpty() || !response.data.first().is("SEARCH"))
        return uids;
    for (qsizetype i = 1; i < response.data.size(); ++i)
        if (const std::optional<quint32> uid = uid32(response.data.at(i)))
            uids.append(*uid);
    return uids;
}

std::optional<QList<QPair<QByteArray, ImapValue>>>
ImapCommands::fetchItems(const ImapResponse& response) {
    if (response.isStatus() || response.data.size() != 3 || !response.data.at(1).is("FETCH") ||
        !response.data.at(2).isList())
        return std::nullopt;
    const QList<ImapValue>& list = response.data.at(2).items();
    QList<QPair<QByteArray, ImapValue>> items;
    for (qsizetype i = 0; i + 1 < list.size(); i += 2) {
        if (!list.at(i).isAtom())
            return std::nullopt;
        items.append({list.at(i).bytes().toUpper(), list.at(i + 1)});
    }
    return items;
}

std::optional<ImapMessageSummary> ImapCommands::readSummary(const ImapResponse& response) {
    const auto items = fetchItems(response);
    if (!items)
        return std::nullopt;
    ImapMessageSummary summary;
    bool haveHeader = false;
    for (const auto& [name, value] : *items) {
        if (name == "UID") {
            summary.uid = uid32(value).value_or(0);
        } else if (name == "RFC822.SIZE") {
            summary.size = value.number().value_or(0);
        } else if (name == "BODYSTRUCTURE") {
            summary.bodyStructure = value;
        } else if (name.startsWith("BODY[HEADER]")) {
            summary.header = value.stringOrEmpty();
            haveHeader = true;
        }
    }
    if (summary.uid == 0 || !haveHeader)
        return std::nullopt; // an unsolicited FETCH (a flag change), not our answer
    return summary;
}

ImapSections ImapCommands::readSections(const ImapResponse& response, quint32* uid) {
    ImapSections sections;
    *uid = 0;
    const auto items = fetchItems(response);
    if (!items)
        return sections;
    for (const auto& [name, value] : *items) {
        if (name == "UID") {
            *uid = uid32(value).value_or(0);
        } else if (name.startsWith("BODY[")) {
            const qsizetype close = name.indexOf(']');
            if (close > 5)
                sections.insert(name.mid(5, close - 5), value.stringOrEmpty());
        }
    }
    return sections;
}

} // namespace outreach::imap
