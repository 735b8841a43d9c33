#include "data/ReaderThread.h"

#include "data/DashboardReader.h"
#include "data/LeadsReader.h"
#include "data/LogReader.h"
#include "data/OutboxReader.h"
#include "data/ReportReader.h"
#include "data/WorkspaceReader.h"
#include "store/Database.h"

namespace outreach::ui {

ReaderThread::ReaderThread(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_logs(new LogReader(database)),
      m_dashboard(new DashboardReader(database, clock)),
      m_workspace(new WorkspaceReader(database, clock)),
      m_outbox(new OutboxReader(database, clock)), m_reports(new ReportReader(database, clock)),
      m_leads(new LeadsReader(database, clock)) {
    qRegisterMetaType<DashboardSnapshot>();
    qRegisterMetaType<OutboxQuery>();
    qRegisterMetaType<OutboxMessage>();
    qRegisterMetaType<QList<OutboxMessage>>();
    qRegisterMetaType<ReportData>();
    qRegisterMetaType<LeadPageQuery>();
    m_thread.setObjectName(QStringLiteral("outreach-reader"));
    m_logs->moveToThread(&m_thread);
    m_dashboard->moveToThread(&m_thread);
    m_workspace->moveToThread(&m_thread);
    m_outbox->moveToThread(&m_thread);
    m_reports->moveToThread(&m_thread);
    m_leads->moveToThread(&m_thread);
    // finished() is emitted on the reader thread itself: its connection is closed there.
    connect(
        &m_thread, &QThread::finished, m_logs, [&database] { database.closeThreadConnection(); },
        Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_logs, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_dashboard, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_workspace, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_outbox, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_reports, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_leads, &QObject::deleteLater);
    m_thread.start();
}

ReaderThread::~ReaderThread() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace outreach::ui
