#pragma once

#include "data/LeadImportPreview.h"

#include <QObject>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// Reads and imports a leads CSV file on the editor thread, so a large file never holds up the
// GUI. The preview is the engine's own parser's verdict (LeadCsvParser) row by row; the import
// stores what was previewed with the rules of `outreachctl leads import` (LeadCsvImport).
class LeadImporter final : public QObject {
    Q_OBJECT
public:
    LeadImporter(const Database& database, const Clock& clock, QObject* parent = nullptr);

    // The preview of a file's bytes; usable on any thread (it touches no database).
    static LeadImportPreview previewOf(const QString& path, const QByteArray& data);

public Q_SLOTS:
    void preview(quint64 token, const QString& path);
    // campaignId 0: no campaign. skipBadRows false: a file with bad rows imports nothing.
    void importLeads(quint64 token, qint64 userId, qint64 campaignId, const QString& path,
                     const QByteArray& data, bool skipBadRows);

Q_SIGNALS:
    void previewed(quint64 token, const outreach::ui::LeadImportPreview& preview);
    void imported(quint64 token, int inserted, int duplicates, int skipped);
    void importFailed(quint64 token, const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
