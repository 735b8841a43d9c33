#pragma once

#include "EngineOptions.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace outreach {

class Engine;

// Hosts an Engine on a thread of its own: creates the thread, moves the engine there, starts
// it, and stops it cleanly. Talk to engine() only through queued signals and slots (e.g.
// QMetaObject::invokeMethod(host.engine(), "refreshJobs", Qt::QueuedConnection)); connect
// before start() to hear started().
class EngineThread final : public QObject {
    Q_OBJECT
public:
    explicit EngineThread(EngineOptions options, QObject* parent = nullptr);
    // Stops the engine and waits for the thread if that has not happened yet. A GUI calls
    // requestStop() first and lets finished() tell it when the engine is gone.
    ~EngineThread() override;

    Engine* engine() const { return m_engine; }
    bool isRunning() const { return m_thread.isRunning(); }

    void start();
    // Asks the engine to finish the units in flight, close its runs and release its leases;
    // finished() follows once it has stopped and its thread has ended.
    void requestStop();
    // Blocks until the thread has ended (for `outreachctl` and tests, never for a GUI).
    bool wait(int timeoutMs = -1);

Q_SIGNALS:
    void finished();

private:
    QThread m_thread;
    QPointer<Engine> m_engine;
    bool m_started = false;
};

} // namespace outreach
