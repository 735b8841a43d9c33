#include "pages/CampaignsPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/RequestIds.h"
#include "data/CampaignEditor.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/LeadImportDialog.h"
#include "models/CampaignsModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"
#include "widgets/UserPicker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

CampaignsPage::CampaignsPage(Engine* engine, CampaignEditor* editor, LeadImporter* importer,
                             QWidget* parent)
    : QWidget(parent), m_engine(engine), m_editor(editor), m_importer(importer),
      m_model(new CampaignsModel(this)), m_message(new MessageBar), m_user(new UserPicker(engine)),
      m_table(new QTableView), m_summary(new QLabel), m_new(new QPushButton(tr("&New campaign…"))),
      m_edit(new QPushButton(tr("&Edit…"))), m_pause(new QPushButton(tr("&Pause"))),
      m_resume(new QPushButton(tr("&Resume"))), m_import(new QPushButton(tr("&Import leads…"))) {
    m_user->setObjectName(QStringLiteral("campaignsUser"));
    m_table->setObjectName(QStringLiteral("campaignsTable"));
    m_summary->setObjectName(QStringLiteral("campaignsSummary"));
    m_new->setObjectName(QStringLiteral("newCampaign"));
    m_edit->setObjectName(QStringLiteral("editCampaign"));
    m_pause->setObjectName(QStringLiteral("pauseCampaign"));
    m_resume->setObjectName(QStringLiteral("resumeCampaign"));
    m_import->setObjectName(QStringLiteral("importLeads"));
    m_message->setObjectName(QStringLiteral("campaignsMessage"));
    m_table->setAccessibleName(tr("Campaigns"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    auto* top = new QHBoxLayout;
    top->addWidget(userLabel);
    top->addWidget(m_user, 1);
    top->addSpacing(12);
    top->addWidget(m_import);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_pause);
    actions->addWidget(m_resume);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Campaigns")));
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_user, &UserPicker::userChosen, this, &CampaignsPage::reload);
    connect(m_editor, &CampaignEditor::loaded, this, &CampaignsPage::onLoaded);
    connect(m_editor, &CampaignEditor::loadFailed, this,
            [this](qint64 userId, const QString& message) {
                if (userId == currentUserId())
                    m_message->show(MessageBar::Kind::Error,
                                    tr("The campaigns cannot be read: %1").arg(message));
            });
    connect(m_editor, &CampaignEditor::saved, this, &CampaignsPage::onSaved);
    connect(m_editor, &CampaignEditor::refused, this, &CampaignsPage::onRefused);
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsPage::editCampaign);
    connect(m_table, &QTableView::doubleClicked, this, &CampaignsPage::editCampaign);
    connect(m_pause, &QPushButton::clicked, this, [this] { setSelectedPaused(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { setSelectedPaused(false); });
    connect(m_import, &QPushButton::clicked, this, &CampaignsPage::importLeads);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsPage::updateControls);

    updateControls();
    callEngine(m_engine, [](Engine& e) { e.refreshUsers(); });
}

void CampaignsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload(); // jobs may have completed or rescheduled campaigns since
}

qint64 CampaignsPage::currentUserId() const {
    return m_user->userId().value_or(0);
}

void CampaignsPage::showUser(qint64 userId) {
    m_user->selectUser(userId); // reload() follows
}

void CampaignsPage::reload() {
    const qint64 userId = currentUserId();
    if (userId != m_loadedUser) {
        m_model->setCampaigns({});
        m_loadedUser = 0;
    }
    if (userId > 0)
        QMetaObject::invokeMethod(
            m_editor, [editor = m_editor, userId] { editor->load(userId); }, Qt::QueuedConnection);
    updateControls();
}

void CampaignsPage::onLoaded(qint64 userId, const QList<Campaign>& campaigns,
                             const CampaignPreviewContext& preview) {
    if (userId != currentUserId())
        return; // the admin has chosen another user since
    const qint64 keep = m_keepSelected ? m_keepSelected : (selected() ? selected()->id : 0);
    m_keepSelected = 0;
    m_loadedUser = userId;
    m_preview = preview;
    m_model->setCampaigns(campaigns);
    m_table->resizeColumnsToContents();
    selectCampaign(keep);
    updateControls();
}

void CampaignsPage::selectCampaign(qint64 campaignId) {
    const int row = campaignId ? m_model->rowOf(campaignId) : -1;
    if (row >= 0)
        m_table->selectRow(row);
}

const Campaign* CampaignsPage::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->campaignAt(rows.first().row());
}

CampaignDialog* CampaignsPage::newCampaign() {
    if (m_loadedUser <= 0)
        return nullptr;
    return openDialog(Campaign{});
}

CampaignDialog* CampaignsPage::editCampaign() {
    const Campaign* campaign = selected();
    return campaign ? openDialog(*campaign) : nullptr;
}

CampaignDialog* CampaignsPage::openDialog(const Campaign& campaign) {
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new CampaignDialog(campaign, m_preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const qint64 userId = m_loadedUser;
    connect(dialog, &CampaignDialog::saveRequested, this, [this, userId](const Campaign& draft) {
        m_dialogRequest = RequestIds::next();
        QMetaObject::invokeMethod(
            m_editor,
            [editor = m_editor, request = m_dialogRequest, userId, draft] {
                editor->save(request, userId, draft);
            },
            Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

void CampaignsPage::setSelectedPaused(bool pause) {
    const Campaign* campaign = selected();
    if (!campaign)
        return;
    m_statusRequest = RequestIds::next();
    QMetaObject::invokeMethod(
        m_editor,
        [editor = m_editor, request = m_statusRequest, userId = m_loadedUser, id = campaign->id,
         pause] { editor->setPaused(request, userId, id, pause); },
        Qt::QueuedConnection);
}

void CampaignsPage::onSaved(quint64 requestId, const Campaign& campaign) {
    if (requestId == m_dialogRequest) {
        if (m_dialog)
            m_dialog->saved();
        m_message->show(MessageBar::Kind::Positive,
                        tr("Campaign “%1” saved (%2).")
                            .arg(campaign.name, CampaignsModel::statusName(campaign.status)));
    } else if (requestId == m_statusRequest) {
        m_message->show(MessageBar::Kind::Positive,
                        tr("Campaign “%1” is now %2.")
                            .arg(campaign.name, CampaignsModel::statusName(campaign.status)));
    } else {
        return;
    }
    m_keepSelected = campaign.id;
    reload();
}

void CampaignsPage::onRefused(quint64 requestId, const Error& error) {
    if (requestId == m_dialogRequest && m_dialog)
        m_dialog->showError(error);
    else if (requestId == m_statusRequest)
        m_message->show(MessageBar::Kind::Error, tr("Not changed: %1").arg(error.message));
}

LeadImportDialog* CampaignsPage::importLeads() {
    if (m_loadedUser <= 0)
        return nullptr;
    auto* dialog = new LeadImportDialog(m_importer, m_loadedUser, m_user->currentText(),
                                        m_model->campaigns(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Campaign* campaign = selected())
        dialog->chooseCampaign(campaign->id);
    connect(dialog, &LeadImportDialog::leadsImported, this, &CampaignsPage::leadsImported);
    connect(dialog, &LeadImportDialog::leadsImported, this, &CampaignsPage::reload);
    dialog->open();
    return dialog;
}

void CampaignsPage::updateControls() {
    const Campaign* campaign = selected();
    const bool loaded = m_loadedUser > 0 && m_loadedUser == currentUserId();
    m_new->setEnabled(loaded);
    m_import->setEnabled(loaded);
    m_edit->setEnabled(campaign != nullptr);
    m_pause->setEnabled(campaign && campaign->status != QLatin1String("paused") &&
                        campaign->status != QLatin1String("completed"));
    m_resume->setEnabled(campaign && campaign->status == QLatin1String("paused"));
    if (currentUserId() <= 0)
        m_summary->setText(tr("Add a user to set up campaigns."));
    else if (!loaded)
        m_summary->setText(tr("Loading…"));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No campaigns yet: “New campaign…” sets one up."));
    else
        m_summary->setText(tr("%n campaign(s)", nullptr, m_model->rowCount()));
}

} // namespace outreach::ui
