#pragma once

#include "core/Error.h"
#include "data/CampaignPreviewContext.h"
#include "model/Campaign.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class CampaignDialog;
class CampaignEditor;
class CampaignsModel;
class LeadImportDialog;
class LeadImporter;
class MessageBar;
class UserPicker;

// One user's campaigns: create and edit them (with a live template preview), pause and resume
// them, and import leads from a CSV file. The users come from the engine; campaigns are read
// and changed by the CampaignEditor and files imported by the LeadImporter, both on the editor
// thread, so the GUI thread never waits on the database.
class CampaignsPage final : public QWidget {
    Q_OBJECT
public:
    CampaignsPage(Engine* engine, CampaignEditor* editor, LeadImporter* importer,
                  QWidget* parent = nullptr);

    void showUser(qint64 userId);
    qint64 currentUserId() const;
    void selectCampaign(qint64 campaignId);
    CampaignsModel* model() const { return m_model; }

    // The actions behind the buttons; they return the dialog they open (already open) so that
    // tests and shortcuts can drive it.
    CampaignDialog* newCampaign();
    CampaignDialog* editCampaign();
    LeadImportDialog* importLeads();
    void setSelectedPaused(bool pause);

Q_SIGNALS:
    void leadsImported(qint64 userId, int inserted);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLoaded(qint64 userId, const QList<outreach::Campaign>& campaigns,
                  const outreach::ui::CampaignPreviewContext& preview);
    void onSaved(quint64 requestId, const outreach::Campaign& campaign);
    void onRefused(quint64 requestId, const outreach::Error& error);
    void reload();
    CampaignDialog* openDialog(const Campaign& campaign);
    const Campaign* selected() const;
    void updateControls();

    Engine* m_engine;
    CampaignEditor* m_editor;
    LeadImporter* m_importer;
    CampaignsModel* m_model;
    MessageBar* m_message;
    UserPicker* m_user;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_import;
    CampaignPreviewContext m_preview;
    QPointer<CampaignDialog> m_dialog;
    quint64 m_dialogRequest = 0;
    quint64 m_statusRequest = 0;
    qint64 m_loadedUser = 0;
    qint64 m_keepSelected = 0;
};

} // namespace outreach::ui
