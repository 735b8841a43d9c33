#pragma once

#include <QMap>
#include <QObject>
#include <QString>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// The agency-wide mail settings on the editor thread, read and changed through
// AgencySettings (the code behind `outreachctl settings`), so a value the engine would refuse
// at send time is refused here too and nothing is stored.
class AgencySettingsEditor final : public QObject {
    Q_OBJECT
public:
    AgencySettingsEditor(const Database& database, const Clock& clock, QObject* parent = nullptr);

public Q_SLOTS:
    void load(quint64 token);
    // Key → new value (empty: unset). Applied in order; the first refused value stops the
    // rest, and the refused one is not stored.
    void change(quint64 token, const QMap<QString, QString>& values, const QString& reason);

Q_SIGNALS:
    void loaded(quint64 token, const QMap<QString, QString>& values);
    void done(quint64 token, const QString& message);
    void failed(quint64 token, const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
