#include "data/AgencySettingsEditor.h"

#include "admin/AgencySettings.h"

namespace outreach::ui {

AgencySettingsEditor::AgencySettingsEditor(const Database& database, const Clock& clock,
                                           QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {
    qRegisterMetaType<QMap<QString, QString>>();
}

void AgencySettingsEditor::load(quint64 token) {
    Result<QList<AgencySettings::Value>> values = AgencySettings::values(m_database, m_clock);
    if (!values)
        return Q_EMIT failed(token, values.error().message);
    QMap<QString, QString> map;
    for (const AgencySettings::Value& v : *values)
        map.insert(v.key, v.value);
    Q_EMIT loaded(token, map);
}

void AgencySettingsEditor::change(quint64 token, const QMap<QString, QString>& values,
                                  const QString& reason) {
    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString value = it.value().trimmed();
        Status done = AgencySettings::change(
            m_database, m_clock, it.key(),
            value.isEmpty() ? std::nullopt : std::optional<QString>(value), reason);
        if (!done) {
            load(token); // show what is stored now
            return Q_EMIT failed(token, done.error().message);
        }
        changed << it.key();
    }
    load(token);
    Q_EMIT done(token, changed.isEmpty()
                           ? tr("Nothing to change.")
                           : tr("Saved: %1.").arg(changed.join(QStringLiteral(", "))));
}

} // namespace outreach::ui
