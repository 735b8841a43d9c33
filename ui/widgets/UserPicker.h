#pragma once

#include "model/User.h"

#include <QComboBox>
#include <optional>

namespace outreach {
class Engine;
}

namespace outreach::ui {

// Chooses one client account ("user") for the per-user sections of the Settings page; the
// list comes from the engine's usersLoaded signal and keeps the choice across refreshes.
class UserPicker final : public QComboBox {
    Q_OBJECT
public:
    explicit UserPicker(Engine* engine, QWidget* parent = nullptr);

    std::optional<qint64> userId() const;
    bool selectUser(qint64 userId);

Q_SIGNALS:
    void userChosen(qint64 userId);

private:
    void onUsersLoaded(const QList<outreach::User>& users);
};

} // namespace outreach::ui
