#include "models/SendersModel.h"

namespace outreach::ui {

SendersModel::SendersModel(QObject* parent) : QAbstractTableModel(parent) {}

void SendersModel::setAccounts(const QList<SenderAccount>& senders,
                               const QList<ImapAccount>& mailboxes) {
    beginResetModel();
    m_senders = senders;
    m_mailboxes.clear();
    for (const ImapAccount& m : mailboxes)
        m_mailboxes.insert(m.senderAccountId, m);
    endResetModel();
}

const SenderAccount* SendersModel::senderAt(int row) const {
    return row >= 0 && row < m_senders.size() ? &m_senders.at(row) : nullptr;
}

const ImapAccount* SendersModel::mailboxOf(qint64 senderId) const {
    const auto found = m_mailboxes.constFind(senderId);
    return found == m_mailboxes.cend() ? nullptr : &*found;
}

int SendersModel::rowOf(qint64 senderId) const {
    for (int row = 0; row < m_senders.size(); ++row)
        if (m_senders.at(row).id == senderId)
            return row;
    return -1;
}

int SendersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_senders.size());
}

int SendersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SendersModel::imapText(const ImapAccount& imap) const {
    QString text = QStringLiteral("%1:%2/%3").arg(imap.host).arg(imap.port).arg(imap.mailbox);
    if (!imap.enabled)
        return tr("%1 (disabled)").arg(text);
    if (!imap.lastError.isEmpty())
        return tr("%1 (last check failed)").arg(text);
    return text;
}

QVariant SendersModel::data(const QModelIndex& index, int role) const {
    const SenderAccount* s = senderAt(index.row());
    if (!s || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Id:
        return s->id;
    case From:
        return s->fromName.isEmpty() ? s->fromAddress
                                     : QStringLiteral("%1 <%2>").arg(s->fromName, s->fromAddress);
    case Smtp:
        return QStringLiteral("%1:%2").arg(s->smtpHost).arg(s->smtpPort);
    case Tls:
        return s->tlsMode;
    case Username:
        return s->smtpUsername;
    case Secret:
        // Where the password is, never the password.
        return s->secretInKeychain        ? tr("keychain")
               : s->passwordEnv.isEmpty() ? tr("none")
                                          : QStringLiteral("$") + s->passwordEnv;
    case DailyCap:
        return s->dailyCap > 0 ? QVariant(s->dailyCap) : QVariant(tr("no cap"));
    case Imap: {
        const ImapAccount* imap = mailboxOf(s->id);
        if (!imap)
            return tr("—");
        if (role == Qt::ToolTipRole && !imap->lastError.isEmpty())
            return imap->lastError;
        return imapText(*imap);
    }
    default:
        return {};
    }
}

QVariant SendersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case From:
        return tr("From");
    case Smtp:
        return tr("SMTP server");
    case Tls:
        return tr("TLS");
    case Username:
        return tr("Username");
    case Secret:
        return tr("Password");
    case DailyCap:
        return tr("Daily cap");
    case Imap:
        return tr("IMAP mailbox");
    default:
        return {};
    }
}

} // namespace outreach::ui
