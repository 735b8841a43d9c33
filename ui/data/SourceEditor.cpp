#include "data/SourceEditor.h"

#include "admin/LeadSourceSetup.h"
#include "store/UserScope.h"

namespace outreach::ui {

SourceEditor::SourceEditor(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {
    registerSettingsMetaTypes();
}

void SourceEditor::load(quint64 token, qint64 userId) {
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return Q_EMIT failed(token, scope.error().message);
    Result<QList<LeadSource>> sources = scope->sources().list();
    if (!sources)
        return Q_EMIT failed(token, sources.error().message);
    Q_EMIT loaded(token, userId, *sources);
}

void SourceEditor::save(quint64 token, qint64 userId, const LeadSource& draft,
                        const QString& apiKey, const QString& reason) {
    if (Status valid = LeadSourceSetup::validate(draft); !valid)
        return Q_EMIT failed(token, valid.error().message);
    const std::optional<QString> key =
        apiKey.isEmpty() ? std::nullopt : std::optional<QString>(apiKey);
    Result<LeadSourceSetup::Saved> saved =
        draft.id == 0 ? LeadSourceSetup::add(m_database, m_clock, userId, draft, key)
                      : LeadSourceSetup::update(m_database, m_clock, userId, draft, key, reason);
    if (!saved)
        return Q_EMIT failed(token, saved.error().message);
    if (key && saved->secret != SecretPlacement::Keychain)
        return Q_EMIT failed(token, tr("Source %1 was saved, but the keychain did not take the "
                                       "API key; name an environment variable that holds it.")
                                        .arg(saved->source.id));
    Q_EMIT done(token, tr("Source %1 (%2) saved.").arg(saved->source.id).arg(saved->source.kind));
}

} // namespace outreach::ui
