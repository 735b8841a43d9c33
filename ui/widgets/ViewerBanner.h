#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace outreach::ui {

// Shown above the pages when another engine (an `outreachctl serve` process or a second
// console) already runs the jobs on this database: this console then only shows that
// engine's data and runs nothing itself, so no job runs twice. "Check again" reopens the
// console, which runs the jobs itself if the other engine has stopped meanwhile.
class ViewerBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ViewerBanner(const QString& otherEngines, QWidget* parent = nullptr);

    QString text() const;

Q_SIGNALS:
    void recheckRequested();

private:
    QLabel* m_text;
    QPushButton* m_recheck;
};

} // namespace outreach::ui
