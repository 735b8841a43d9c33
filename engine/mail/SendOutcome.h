#pragma once

#include <QMetaType>
#include <QString>

namespace outreach::mail {

// What became of one message handed to a transport. The outbox maps it to a row state:
//   Sent      -> sent (store the Message-ID)
//   Temporary -> retry with backoff (4xx, network errors, timeouts) -- unless maybeDelivered
//   Permanent -> failed (5xx)
//   Bounced   -> failed, lead bounced and suppressed (5.1.x about the recipient)
struct SendOutcome {
    enum class Kind { Sent, Temporary, Permanent, Bounced };
    // Where it ended. Connect to Auth concern the server or the account (including invalid
    // account settings, reported at Connect), not the recipient: the outbox should not count
    // them against the lead. Local is a check on the message itself (e.g. over SIZE).
    enum class Stage { Local, Connect, Tls, Greeting, Ehlo, Auth, MailFrom, RcptTo, Data, DataEnd };

    Kind kind = Kind::Temporary;
    Stage stage = Stage::Local;
    int code = 0;           // SMTP reply code; 0 when no reply decided it
    QString enhancedStatus; // "5.1.1" when the server gave one
    QString text;           // the server's reply text or our description of the failure
    // The server answered 250 to the end of the message: it has taken responsibility for it.
    bool serverAccepted = false;
    // The whole message was sent but the reply never came (connection lost, timeout): the
    // server may have accepted it. Resending risks a duplicate; the outbox should hold the
    // row as `unknown` for the admin rather than retry silently.
    bool maybeDelivered = false;

    static SendOutcome sent(Stage stage, int code, const QString& text);
    static SendOutcome temporary(Stage stage, const QString& text, bool maybeDelivered = false);
    static SendOutcome permanent(Stage stage, const QString& text);
    // Classifies a reply: 2xx sent, 4xx temporary, 5xx permanent, and a 5.1.x enhanced status
    // at RCPT TO or after the data bounced (at MAIL FROM, 5.1.x is about our sender address).
    // A 552 to RCPT TO is temporary, as RFC 5321 4.5.3.1.10 requires.
    static SendOutcome fromReply(Stage stage, int code, const QString& enhancedStatus,
                                 const QString& text);

    bool isSent() const { return kind == Kind::Sent; }
    bool concernsConnection() const { return stage >= Stage::Connect && stage <= Stage::Auth; }
    // "550 5.1.1 No such user (at RCPT TO)"
    QString describe() const;

    static QString kindName(Kind kind);    // "sent", "temporary", "permanent", "bounced"
    static QString stageName(Stage stage); // "RCPT TO", "TLS", ...
};

} // namespace outreach::mail

Q_DECLARE_METATYPE(outreach::mail::SendOutcome)
