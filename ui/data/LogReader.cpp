#include "data/LogReader.h"

#include "store/LogRepository.h"

namespace outreach::ui {

LogReader::LogReader(const Database& database, QObject* parent)
    : QObject(parent), m_database(database) {}

void LogReader::query(quint64 token, const LogFilter& filter) {
    if (token != m_wanted.load())
        return; // the page has asked for something newer since
    Result<QList<LogRecord>> records = LogRepository(m_database).query(filter);
    if (!records)
        return Q_EMIT failed(token, records.error().message);
    Q_EMIT loaded(token, filter, *records);
}

} // namespace outreach::ui
