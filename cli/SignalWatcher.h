#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace outreach::cli {

// Turns SIGINT and SIGTERM into a Qt signal on the thread that created the watcher. The
// POSIX handler only writes the signal number into a socket pair (the one thing that is safe
// there); a QSocketNotifier reads it in the event loop. Handlers are restored on destruction.
// One watcher per process.
class SignalWatcher final : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalled(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace outreach::cli
