#include "pages/SettingsPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "widgets/DataLocationPanel.h"
#include "widgets/JobPacingPanel.h"
#include "widgets/LeadSourcesPanel.h"
#include "widgets/MailSettingsPanel.h"
#include "widgets/PageTitle.h"
#include "widgets/SendersPanel.h"

#include <QGroupBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace outreach::ui {

SettingsPage::SettingsPage(Engine* engine, const SettingsEditors& editors,
                           const QString& dataLocation, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_tabs(new QTabWidget),
      m_senders(new SendersPanel(engine, editors.senders)),
      m_sources(new LeadSourcesPanel(engine, editors.sources)),
      m_pacing(new JobPacingPanel(engine)), m_mail(new MailSettingsPanel(editors.agency)),
      m_data(new DataLocationPanel(dataLocation)) {
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_senders->setObjectName(QStringLiteral("settingsSenders"));
    m_sources->setObjectName(QStringLiteral("settingsSources"));
    m_data->setObjectName(QStringLiteral("settingsDataLocation"));

    // Pacing is per job, mail limits are agency-wide: one tab, two boxes.
    auto* limits = new QWidget;
    limits->setObjectName(QStringLiteral("settingsLimits"));
    auto* pacingBox = new QGroupBox(tr("Pacing per job"));
    auto* pacingLayout = new QVBoxLayout(pacingBox);
    pacingLayout->addWidget(m_pacing);
    auto* mailBox = new QGroupBox(tr("Mail settings for the whole agency"));
    auto* mailLayout = new QVBoxLayout(mailBox);
    mailLayout->addWidget(m_mail);
    auto* limitsLayout = new QVBoxLayout(limits);
    limitsLayout->addWidget(pacingBox, 1);
    limitsLayout->addWidget(mailBox);

    m_tabs->addTab(m_senders, tr("Sender &accounts"));
    m_tabs->addTab(m_sources, tr("&Lead sources"));
    m_tabs->addTab(limits, tr("Pacing and &limits"));
    m_tabs->addTab(m_data, tr("&Data location"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Settings")));
    layout->addWidget(m_tabs, 1);

    callEngine(m_engine, [](Engine& e) { e.refreshUsers(); });
}

void SettingsPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void SettingsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Another page, the CLI or a second engine may have changed any of this since.
    callEngine(m_engine, [](Engine& e) {
        e.refreshUsers();
        e.refreshJobs();
    });
    m_senders->reload();
    m_sources->reload();
    m_mail->reload();
}

} // namespace outreach::ui
