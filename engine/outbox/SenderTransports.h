#pragma once

#include "core/Result.h"
#include "mail/EmailAddress.h"
#include "mail/MailTransport.h"
#include "model/SenderAccount.h"
#include "outbox/DeliveryPolicy.h"

#include <QHash>
#include <QObject>

namespace outreach {

// The transports of one dispatch, one per destination: a small SMTP pool per server and
// login (accounts with the same server and credentials share it: the connection carries
// nothing of the account but its login), or a folder for `file://` accounts and dry runs.
//
// Where an account's mail goes:
//   smtp_host "file:///abs/dir"      -> .eml files in /abs/dir (demo and dry-run accounts)
//   policy.dryRunDirectory non-empty -> .eml files there, for every account
//   anything else                    -> SMTP to smtp_host:smtp_port with the account's TLS mode;
//                                       the password from the keychain or $password_env
// Transports live on the thread that created this object and are children of it.
class SenderTransports final : public QObject {
    Q_OBJECT
public:
    struct Sender {
        SenderAccount account;
        mail::EmailAddress from;
        mail::MailTransport* transport = nullptr;
    };

    SenderTransports(const DeliveryPolicy& policy, QObject* parent = nullptr);

    // The account ready to send, cached per account id. Errors name the account and field.
    Result<Sender> resolve(const SenderAccount& account);

    int pendingCount() const;
    QList<qint64> cancelQueued();
    // QUIT every open connection; closed() follows once none is open (at once if none is).
    void closeAll();
    bool anyConnected() const;

    static bool isFileHost(const QString& smtpHost);
    static QString fileDirectory(const QString& smtpHost); // "" unless a file:///abs URL

signals:
    void messageFinished(qint64 id, const outreach::mail::SendOutcome& outcome);
    void closed();

private:
    mail::MailTransport* transportFor(const QString& key, const mail::SmtpSettings* smtp,
                                      const QString& directory);

    const DeliveryPolicy& m_policy;
    QHash<qint64, Sender> m_senders;
    QHash<QString, mail::MailTransport*> m_transports;
};

} // namespace outreach
