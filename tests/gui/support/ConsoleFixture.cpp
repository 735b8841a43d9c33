#include "ConsoleFixture.h"

#include "ConsoleContext.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QWidget>
#include <QtTest>

namespace outreach::test {

ConsoleFixture::ConsoleFixture(std::shared_ptr<JobRegistry> registry)
    : m_engine(ThreadedEngine::defaultStart(), std::move(registry)) {}

ConsoleFixture::~ConsoleFixture() {
    m_window.reset();
}

bool ConsoleFixture::open() {
    // As ConsoleSession does it: the window listens before the engine starts.
    m_engine.create();
    ui::ConsoleContext context;
    context.engine = m_engine.engine();
    context.clock = &m_engine.clock();
    context.database = &m_engine.database();
    context.dataLocation = m_engine.db().url();
    m_window = std::make_unique<ui::MainWindow>(context);
    m_window->resize(1200, 760);
    if (!m_engine.start())
        return false;
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

QString ConsoleFixture::screenshot(QWidget* widget, const QString& name) {
    QString folder =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("OUTREACH_SCREENSHOT_DIR"));
    if (folder.isEmpty())
        folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning() << "cannot save the screenshot" << path;
    return path;
}

int ConsoleFixture::findRow(const QAbstractItemModel* model, int column, const QString& text) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

QStringList ConsoleFixture::columnTexts(const QAbstractItemModel* model, int column) {
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace outreach::test
