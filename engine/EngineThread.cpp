#include "EngineThread.h"

#include "Engine.h"

#include <QDeadlineTimer>

namespace outreach {

EngineThread::EngineThread(EngineOptions options, QObject* parent) : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("outreach-engine"));
    m_engine = new Engine(std::move(options));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, &Engine::start);
    // stopped() is emitted on the engine thread; quitting from there ends its event loop, and
    // the engine is deleted on its own thread as the thread finishes.
    connect(m_engine, &Engine::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    // Heard on the host's thread once the thread has really ended (the engine is deleted).
    connect(
        &m_thread, &QThread::finished, this,
        [this] {
            m_thread.wait();
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

EngineThread::~EngineThread() {
    if (m_thread.isRunning()) {
        requestStop();
        m_thread.wait();
    } else if (!m_started) {
        delete m_engine.data();
    }
}

void EngineThread::start() {
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
}

void EngineThread::requestStop() {
    if (!m_thread.isRunning() || !m_engine)
        return;
    QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::QueuedConnection);
}

bool EngineThread::wait(int timeoutMs) {
    return m_thread.wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                       : QDeadlineTimer(timeoutMs));
}

} // namespace outreach
