#include "widgets/UserPicker.h"

#include "Engine.h"

namespace outreach::ui {

UserPicker::UserPicker(Engine* engine, QWidget* parent) : QComboBox(parent) {
    setAccessibleName(tr("Client account"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(engine, &Engine::usersLoaded, this, &UserPicker::onUsersLoaded);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<qint64> id = userId())
            Q_EMIT userChosen(*id);
    });
}

std::optional<qint64> UserPicker::userId() const {
    const QVariant id = currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

bool UserPicker::selectUser(qint64 userId) {
    const int index = findData(userId);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void UserPicker::onUsersLoaded(const QList<User>& users) {
    const std::optional<qint64> before = userId();
    {
        const QSignalBlocker quiet(this);
        clear();
        for (const User& user : users)
            addItem(QStringLiteral("%1 <%2>").arg(user.name, user.email), user.id);
        if (before)
            setCurrentIndex(std::max(0, findData(*before)));
    }
    // A first list, or the chosen user gone: tell the panels whom they now show.
    if (userId() != before && userId())
        Q_EMIT userChosen(*userId());
}

} // namespace outreach::ui
