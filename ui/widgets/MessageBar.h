#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace outreach::ui {

// An inline message above a page's content (like KMessageWidget): answers from the engine
// such as a refused run are shown here instead of in a modal box, so nothing waits in a
// nested event loop while the engine keeps sending signals.
class MessageBar final : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void show(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void tint();

    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
    bool m_tinting = false;
};

} // namespace outreach::ui
