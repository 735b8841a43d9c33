#include "SendOutcome.h"

namespace outreach::mail {

SendOutcome SendOutcome::sent(Stage stage, int code, const QString& text) {
    SendOutcome o;
    o.kind = Kind::Sent;
    o.stage = stage;
    o.code = code;
    o.text = text;
    o.serverAccepted = true;
    return o;
}

SendOutcome SendOutcome::temporary(Stage stage, const QString& text, bool maybeDelivered) {
    SendOutcome o;
    o.kind = Kind::Temporary;
    o.stage = stage;
    o.text = text;
    o.maybeDelivered = maybeDelivered;
    return o;
}

SendOutcome SendOutcome::permanent(Stage stage, const QString& text) {
    SendOutcome o;
    o.kind = Kind::Permanent;
    o.stage = stage;
    o.text = text;
    return o;
}

SendOutcome SendOutcome::fromReply(Stage stage, int code, const QString& enhancedStatus,
                                   const QString& text) {
    SendOutcome o;
    o.stage = stage;
    o.code = code;
    o.enhancedStatus = enhancedStatus;
    o.text = text;
    if (code >= 200 && code < 400) {
        o.kind = Kind::Sent;
        o.serverAccepted = stage == Stage::DataEnd;
    } else if (code >= 500 && code < 600) {
        const bool aboutRecipient =
            stage == Stage::RcptTo || stage == Stage::Data || stage == Stage::DataEnd;
        if (stage == Stage::RcptTo && code == 552)
            o.kind = Kind::Temporary;
        else if (aboutRecipient && enhancedStatus.startsWith(QLatin1String("5.1.")))
            o.kind = Kind::Bounced;
        else
            o.kind = Kind::Permanent;
    } else {
        o.kind = Kind::Temporary; // 4xx, and anything malformed is not worth giving up on
    }
    return o;
}

QString SendOutcome::describe() const {
    QString out;
    if (code > 0)
        out += QString::number(code) + QLatin1Char(' ');
    if (!enhancedStatus.isEmpty() && !text.startsWith(enhancedStatus))
        out += enhancedStatus + QLatin1Char(' ');
    out += text;
    out += QStringLiteral(" (at %1)").arg(stageName(stage));
    return out;
}

QString SendOutcome::kindName(Kind kind) {
    switch (kind) {
    case Kind::Sent:
        return QStringLiteral("sent");
    case Kind::Temporary:
        return QStringLiteral("temporary");
    case Kind::Permanent:
        return QStringLiteral("permanent");
    case Kind::Bounced:
        return QStringLiteral("bounced");
    }
    return {};
}

QString SendOutcome::stageName(Stage stage) {
    switch (stage) {
    case Stage::Local:
        return QStringLiteral("local check");
    case Stage::Connect:
        return QStringLiteral("connect");
    case Stage::Tls:
        return QStringLiteral("TLS");
    case Stage::Greeting:
        return QStringLiteral("greeting");
    case Stage::Ehlo:
        return QStringLiteral("EHLO");
    case Stage::Auth:
        return QStringLiteral("AUTH");
    case Stage::MailFrom:
        return QStringLiteral("MAIL FROM");
    case Stage::RcptTo:
        return QStringLiteral("RCPT TO");
    case Stage::Data:
        return QStringLiteral("DATA");
    case Stage::DataEnd:
        return QStringLiteral("end of data");
    }
    return {};
}

} // namespace outreach::mail
