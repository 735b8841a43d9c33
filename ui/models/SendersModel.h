#pragma once

#include "model/ImapAccount.h"
#include "model/SenderAccount.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace outreach::ui {

// One user's sender accounts for the Settings page, each with its IMAP mailbox if it has one.
class SendersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, From, Smtp, Tls, Username, Secret, DailyCap, Imap, ColumnCount };

    explicit SendersModel(QObject* parent = nullptr);

    void setAccounts(const QList<SenderAccount>& senders, const QList<ImapAccount>& mailboxes);
    const SenderAccount* senderAt(int row) const;
    const ImapAccount* mailboxOf(qint64 senderId) const;
    int rowOf(qint64 senderId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString imapText(const ImapAccount& imap) const;

    QList<SenderAccount> m_senders;
    QHash<qint64, ImapAccount> m_mailboxes;
};

} // namespace outreach::ui
