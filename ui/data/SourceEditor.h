#pragma once

#include "data/SettingsMetaTypes.h"

#include <QObject>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// The Settings page's lead sources on the editor thread: lists one user's sources and adds
// or changes them through LeadSourceSetup, audited like `outreachctl sources add`, with the
// API key put into the keychain, never into the database.
class SourceEditor final : public QObject {
    Q_OBJECT
public:
    SourceEditor(const Database& database, const Clock& clock, QObject* parent = nullptr);

public Q_SLOTS:
    void load(quint64 token, qint64 userId);
    // `draft.id` 0 adds a source; an empty `apiKey` keeps (or leaves out) the stored one.
    void save(quint64 token, qint64 userId, const outreach::LeadSource& draft,
              const QString& apiKey, const QString& reason);

Q_SIGNALS:
    void loaded(quint64 token, qint64 userId, const QList<outreach::LeadSource>& sources);
    void done(quint64 token, const QString& message);
    void failed(quint64 token, const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
