#pragma once

#include "core/Error.h"
#include "data/CampaignPreviewContext.h"
#include "model/Campaign.h"

#include <QList>
#include <QObject>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// The Campaigns page's editor, on the editor thread: lists a user's campaigns and what the
// template preview needs, and stores new and edited campaigns and pauses/resumes them through
// CampaignSetup, the audited changes `outreachctl campaigns` shares. Everything goes through
// the user's UserScope.
//
// It also answers the page's reads: they are few and small, and read on the same thread after
// a change they always see it.
class CampaignEditor final : public QObject {
    Q_OBJECT
public:
    CampaignEditor(const Database& database, const Clock& clock, QObject* parent = nullptr);

public Q_SLOTS:
    void load(qint64 userId);
    // Adds the campaign when its id is 0, else changes it; answered by saved or refused.
    void save(quint64 requestId, qint64 userId, const outreach::Campaign& draft);
    void setPaused(quint64 requestId, qint64 userId, qint64 campaignId, bool pause);

Q_SIGNALS:
    void loaded(qint64 userId, const QList<outreach::Campaign>& campaigns,
                const outreach::ui::CampaignPreviewContext& preview);
    void loadFailed(qint64 userId, const QString& message);
    void saved(quint64 requestId, const outreach::Campaign& campaign);
    void refused(quint64 requestId, const outreach::Error& error);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
