#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace outreach::ui {

class WorkspaceReader;

// The first-start offer (issue 6): shown while the workspace has no client accounts, it
// offers the demo workspace (its own data folder; this database stays as it is) or an empty
// start. Whether the workspace is empty comes from the reader thread; the GUI thread never
// waits for it.
class DemoOffer final : public QFrame {
    Q_OBJECT
public:
    explicit DemoOffer(WorkspaceReader* reader, QWidget* parent = nullptr);

    // Asks the reader again (e.g. after users were added elsewhere).
    void refresh();
    QPushButton* openDemoButton() const { return m_openDemo; }
    QPushButton* startEmptyButton() const { return m_startEmpty; }

Q_SIGNALS:
    void openDemoRequested();
    // The reader answered: whether the offer is shown now.
    void checked(bool offered);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLoaded(int userCount, const QString& error);
    void tint();

    WorkspaceReader* m_reader;
    QPushButton* m_openDemo;
    QPushButton* m_startEmpty;
    bool m_dismissed = false;
    bool m_tinting = false;
};

} // namespace outreach::ui
