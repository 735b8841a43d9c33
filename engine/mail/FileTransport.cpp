#include "FileTransport.h"

#include <QDir>
#include <QPointer>
#include <QSaveFile>

namespace outreach::mail {

FileTransport::FileTransport(QString directory, QObject* parent)
    : MailTransport(parent), m_directory(std::move(directory)) {}

QString FileTransport::fileNameFor(qint64 id, const MimeMessage& message) {
    QString token = message.messageId();
    token.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    for (QChar& c : token) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('.') &&
            c != QLatin1Char('-') && c != QLatin1Char('@'))
            c = QLatin1Char('_');
    }
    return QStringLiteral("%1-%2.eml").arg(id).arg(token);
}

void FileTransport::send(qint64 id, const MimeMessage& message) {
    m_queue.emplace_back(id, message);
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &FileTransport::writeQueued, Qt::QueuedConnection);
    }
}

QList<qint64> FileTransport::cancelQueued() {
    QList<qint64> ids;
    for (const auto& [id, message] : m_queue)
        ids << id;
    m_queue.clear();
    return ids;
}

void FileTransport::writeQueued() {
    m_scheduled = false;
    QPointer<FileTransport> self(this);
    // A bounded batch per event-loop turn keeps the engine thread responsive to cancellation.
    constexpr int kBatch = 100;
    int written = 0;
    while (!m_queue.empty() && written < kBatch) {
        ++written;
        auto [id, message] = std::move(m_queue.front());
        m_queue.pop_front();
        SendOutcome outcome;
        const QString path = QDir(m_directory).filePath(fileNameFor(id, message));
        QSaveFile file(path);
        if (!QDir().mkpath(m_directory)) {
            outcome = SendOutcome::temporary(
                SendOutcome::Stage::Local,
                QStringLiteral("cannot create the folder %1").arg(m_directory));
        } else if (!file.open(QIODevice::WriteOnly) ||
                   file.write(message.data()) != message.size() || !file.commit()) {
            outcome = SendOutcome::temporary(
                SendOutcome::Stage::Local,
                QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        } else {
            outcome = SendOutcome::sent(SendOutcome::Stage::DataEnd, 0,
                                        QStringLiteral("written to %1").arg(path));
        }
        emit messageFinished(id, outcome);
        if (!self)
            return;
    }
    if (!m_queue.empty()) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &FileTransport::writeQueued, Qt::QueuedConnection);
    } else if (written > 0) {
        emit idle();
    }
}

} // namespace outreach::mail
