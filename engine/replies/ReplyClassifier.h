#pragma once

#include "replies/InboundMail.h"

#include <QString>
#include <QStringList>

namespace outreach::replies {

// What a received message means for the sequence, from the message alone (which lead it
// belongs to is decided against the user's data by InboundMailProcessor).
struct Classification {
    enum class Kind {
        Reply,       // a person wrote back: the sequence stops
        AutoReply,   // out of office and other automatic answers: the sequence goes on
        Bounce,      // a delivery report with a 5.x.x status: the address is dead
        Delayed,     // a delivery report with a 4.x.x status: nothing to do yet
        Unsubscribe, // written to the List-Unsubscribe mailto address (or asking to be removed)
        Unmatched    // a mail system's message, or a report without a failure
    };

    Kind kind = Kind::Unmatched;
    QString reason;
    QString fromAddress;
    // Our Message-IDs the message refers to, most specific first: In-Reply-To, then
    // References from the newest back. For a bounce: the returned message's own ID first.
    QStringList referencedIds;
    QString bouncedAddress;
    QString bounceStatus;
    QString unsubscribeToken; // from the recipient address, when there is one

    static QString kindName(Kind kind); // "reply", "auto-reply", "bounce", ...
};

class ReplyClassifier {
public:
    static Classification classify(const InboundMail& mail);

    // Auto-Submitted other than "no", X-Autoreply, X-Autorespond, Precedence auto_reply, bulk
    // or junk, or an out-of-office subject; `why` names the sign found.
    static bool isAutomatic(const MailHeaders& headers, QString* why);
    // English and German (and a few neighbours') out-of-office and auto-reply subjects.
    static bool looksLikeOutOfOffice(const QString& subject);
    // MAILER-DAEMON, postmaster and friends: mail systems, never a person replying.
    static bool isMailSystem(const QString& address);
};

} // namespace outreach::replies
