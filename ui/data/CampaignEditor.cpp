#include "data/CampaignEditor.h"

#include "Engine.h"
#include "admin/CampaignSetup.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

namespace outreach::ui {
namespace {

// Enough leads to pick a typical one and one with gaps, few enough to read at once.
constexpr int kPreviewLeads = 50;

} // namespace

CampaignEditor::CampaignEditor(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {
    Engine::registerMetaTypes(); // outreach::Error
    qRegisterMetaType<Campaign>();
    qRegisterMetaType<QList<Campaign>>();
    qRegisterMetaType<CampaignPreviewContext>();
}

void CampaignEditor::load(qint64 userId) {
    Result<User> user = UserRepository(m_database, m_clock).find(userId);
    if (!user)
        return Q_EMIT loadFailed(userId, user.error().message);
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return Q_EMIT loadFailed(userId, scope.error().message);
    Result<QList<Campaign>> campaigns = scope->campaigns().list();
    if (!campaigns)
        return Q_EMIT loadFailed(userId, campaigns.error().message);
    CampaignPreviewContext preview;
    preview.userId = userId;
    preview.user = *user;
    Result<QList<SenderAccount>> senders = scope->senders().list();
    if (!senders)
        return Q_EMIT loadFailed(userId, senders.error().message);
    if (!senders->isEmpty())
        preview.sender = senders->first(); // the one CampaignMailer sends from
    Result<QList<Lead>> leads = scope->leads().list(QString(), kPreviewLeads);
    if (!leads)
        return Q_EMIT loadFailed(userId, leads.error().message);
    preview.leads = *leads;
    Q_EMIT loaded(userId, *campaigns, preview);
}

void CampaignEditor::save(quint64 requestId, qint64 userId, const Campaign& draft) {
    Result<Campaign> stored = draft.id == 0
                                  ? CampaignSetup::add(m_database, m_clock, userId, draft)
                                  : CampaignSetup::update(m_database, m_clock, userId, draft);
    if (!stored)
        return Q_EMIT refused(requestId, stored.error());
    Q_EMIT saved(requestId, *stored);
}

void CampaignEditor::setPaused(quint64 requestId, qint64 userId, qint64 campaignId, bool pause) {
    Result<Campaign> changed =
        CampaignSetup::setPaused(m_database, m_clock, userId, campaignId, pause, QString());
    if (!changed)
        return Q_EMIT refused(requestId, changed.error());
    Q_EMIT saved(requestId, *changed);
}

} // namespace outreach::ui
