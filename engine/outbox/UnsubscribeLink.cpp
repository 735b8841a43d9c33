#include "outbox/UnsubscribeLink.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace outreach {
namespace {

constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr int kTokenLength = 26; // ceil(128 / 5)
const QString kTag = QStringLiteral("unsubscribe-");

} // namespace

QString UnsubscribeLink::newToken() {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString token;
    token.reserve(kTokenLength);
    // 128 bits, five at a time: the last character carries the remaining three.
    quint64 buffer = 0;
    int bits = 0;
    for (const quint32 word : words) {
        buffer = (buffer << 32) | word;
        bits += 32;
        while (bits >= 5) {
            bits -= 5;
            token += QLatin1Char(kAlphabet[(buffer >> bits) & 31]);
        }
        buffer &= (quint64(1) << bits) - 1;
    }
    if (bits > 0)
        token += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return token;
}

bool UnsubscribeLink::isToken(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z2-7]{26}$"));
    return pattern.match(text).hasMatch();
}

Result<mail::EmailAddress> UnsubscribeLink::mailtoFor(const mail::EmailAddress& sender,
                                                      const QString& token) {
    const QString local = sender.localPart();
    QString tagged = local + QLatin1Char('+') + kTag + token;
    if (local.startsWith(QLatin1Char('"')) || local.contains(QLatin1Char('+')) ||
        tagged.size() > 64)
        tagged = kTag + token;
    return mail::EmailAddress::parse(QStringLiteral("unsubscribe"),
                                     tagged + QLatin1Char('@') + sender.asciiDomain());
}

QUrl UnsubscribeLink::urlFor(const QString& urlTemplate, const QString& token) {
    if (urlTemplate.isEmpty())
        return {};
    return QUrl(QString(urlTemplate).replace(kPlaceholder, token), QUrl::StrictMode);
}

Status UnsubscribeLink::validateUrlTemplate(const QString& field, const QString& urlTemplate) {
    auto bad = [&](const QString& why) {
        return Error::badInput(field, QStringLiteral("%1: '%2' %3").arg(field, urlTemplate, why));
    };
    if (!urlTemplate.contains(kPlaceholder))
        return bad(
            QStringLiteral("has no %1 placeholder for the message's token").arg(kPlaceholder));
    for (const QChar c : urlTemplate)
        if (c.category() == QChar::Other_Control || c == QLatin1Char(' ') ||
            c == QLatin1Char('<') || c == QLatin1Char('>'))
            return bad(QStringLiteral("contains a space, '<', '>' or a control character"));
    const QUrl sample = urlFor(urlTemplate, QString(kTokenLength, QLatin1Char('a')));
    if (!sample.isValid() || sample.scheme() != QLatin1String("https") || sample.host().isEmpty())
        return bad(QStringLiteral("is not an https:// URL (RFC 8058 one-click needs https)"));
    if (sample.toEncoded().size() > 900)
        return bad(QStringLiteral("is too long"));
    return Status::success();
}

std::optional<QString> UnsubscribeLink::tokenFromAddress(const QString& address) {
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[+<\"])unsubscribe-([a-z2-7]{26})@"));
    const QRegularExpressionMatch match = pattern.match(address.toLower());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

} // namespace outreach
