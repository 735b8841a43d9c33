#pragma once

#include <QObject>
#include <QThread>
#include <utility>

namespace outreach {
class Database;
} // namespace outreach

namespace outreach::ui {

// The console's thread for admin changes and connection checks: creating and editing
// campaigns, sender accounts and lead sources, importing CSV files, test sends and IMAP
// checks. It has its own database connection, so a long import or a slow SMTP server never
// holds up the GUI thread or the reader thread's paging. Editors made here live on that
// thread; talk to them only by queued calls, their answers arrive as queued signals.
class EditorThread final : public QObject {
    Q_OBJECT
public:
    explicit EditorThread(const Database& database, QObject* parent = nullptr);
    ~EditorThread() override; // ends the thread after the change in progress

    // Makes an editor of type T with these arguments, moved to the editor thread and deleted
    // there when the thread ends.
    template <typename T, typename... Args> T* make(Args&&... args) {
        auto* editor = new T(std::forward<Args>(args)...);
        adopt(editor);
        return editor;
    }

private:
    void adopt(QObject* editor);

    QThread m_thread;
};

} // namespace outreach::ui
