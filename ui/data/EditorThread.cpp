#include "data/EditorThread.h"

#include "store/Database.h"

namespace outreach::ui {

EditorThread::EditorThread(const Database& database, QObject* parent) : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("outreach-editor"));
    // finished() is emitted on the editor thread itself: its connection is closed there.
    auto* closer = new QObject;
    closer->moveToThread(&m_thread);
    connect(
        &m_thread, &QThread::finished, closer, [&database] { database.closeThreadConnection(); },
        Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, closer, &QObject::deleteLater);
    m_thread.start();
}

EditorThread::~EditorThread() {
    m_thread.quit();
    m_thread.wait();
}

void EditorThread::adopt(QObject* editor) {
    editor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, editor, &QObject::deleteLater);
}

} // namespace outreach::ui
