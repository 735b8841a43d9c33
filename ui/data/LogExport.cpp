#include "data/LogExport.h"

#include "data/LogExportFormat.h"
#include "store/Database.h"
#include "store/LogRepository.h"

#include <QSaveFile>
#include <QTemporaryFile>
#include <QThread>
#include <algorithm>

namespace outreach::ui {

LogExport::LogExport(const Database& database, LogFilter filter, QString path, QObject* parent)
    : QObject(parent), m_database(database), m_filter(std::move(filter)), m_path(std::move(path)) {}

LogExport::~LogExport() {
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void LogExport::start() {
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("outreach-log-export"));
    m_thread->start();
}

void LogExport::run() {
    qint64 written = 0;
    const QString error = write(written);
    m_database.closeThreadConnection();
    Q_EMIT finished(written, error);
}

QString LogExport::write(qint64& written) {
    const bool csv = m_path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    // Pages arrive newest first; each goes to a scratch file and the output is assembled
    // from the pages in reverse order at the end.
    QTemporaryFile scratch;
    if (!scratch.open())
        return scratch.errorString();
    struct Chunk {
        qint64 offset;
        qint64 size;
    };
    QList<Chunk> chunks;
    LogFilter page = m_filter;
    page.limit = kPage;
    page.beforeId.reset();
    for (;;) {
        if (m_cancel.load())
            return tr("Export cancelled.");
        Result<QList<LogRecord>> records = LogRepository(m_database).query(page);
        if (!records)
            return records.error().message;
        if (records->isEmpty())
            break;
        QByteArray bytes;
        qint64 oldestId = records->first().id;
        for (const LogRecord& r : *records) {
            bytes += csv ? LogExportFormat::csvLine(r).toUtf8()
                         : (LogExportFormat::textLine(r) + QLatin1Char('\n')).toUtf8();
            oldestId = std::min(oldestId, r.id);
        }
        chunks.append({scratch.pos(), qint64(bytes.size())});
        if (scratch.write(bytes) != bytes.size())
            return scratch.errorString();
        written += records->size();
        Q_EMIT progress(written);
        if (records->size() < page.limit)
            break;
        page.beforeId = oldestId;
    }
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    if (csv)
        out.write(LogExportFormat::csvHeader().toUtf8());
    for (auto it = chunks.crbegin(); it != chunks.crend(); ++it) {
        scratch.seek(it->offset);
        if (out.write(scratch.read(it->size)) != it->size)
            return out.errorString();
    }
    if (!out.commit())
        return out.errorString();
    return {};
}

} // namespace outreach::ui
