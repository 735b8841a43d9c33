#include "data/ReaderThread.h"

#include "data/DashboardReader.h"
#include "data/LogReader.h"
#include "store/Database.h"

namespace outreach::ui {

ReaderThread::ReaderThread(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_logs(new LogReader(database)),
      m_dashboard(new DashboardReader(database, clock)) {
    qRegisterMetaType<DashboardSnapshot>();
    m_thread.setObjectName(QStringLiteral("outreach-reader"));
    m_logs->moveToThread(&m_thread);
    m_dashboard->moveToThread(&m_thread);
    // finished() is emitted on the reader thread itself: its connection is closed there.
    connect(
        &m_thread, &QThread::finished, m_logs, [&database] { database.closeThreadConnection(); },
        Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_logs, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_dashboard, &QObject::deleteLater);
    m_thread.start();
}

ReaderThread::~ReaderThread() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace outreach::ui
