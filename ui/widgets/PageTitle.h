#pragma once

#include <QLabel>

namespace outreach::ui {

// The large heading at the top of every page.
class PageTitle final : public QLabel {
    Q_OBJECT
public:
    explicit PageTitle(const QString& text, QWidget* parent = nullptr);
};

} // namespace outreach::ui
