#pragma once

#include <QWidget>

class QTabWidget;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class AgencySettingsEditor;
class DataLocationPanel;
class JobPacingPanel;
class LeadSourcesPanel;
class MailSettingsPanel;
class SenderEditor;
class SendersPanel;
class SourceEditor;

// The editors the Settings page talks to, all living on the editor thread (EditorThread).
struct SettingsEditors {
    SenderEditor* senders = nullptr;
    SourceEditor* sources = nullptr;
    AgencySettingsEditor* agency = nullptr;
};

// Settings (issues 6 and 7): sender accounts with a test send and their IMAP mailboxes, lead
// sources, pacing and limits per job with the agency's mail settings, and the data location
// for the next start. Each tab is its own widget; this page only arranges them and refreshes
// what they show when it becomes visible.
class SettingsPage final : public QWidget {
    Q_OBJECT
public:
    SettingsPage(Engine* engine, const SettingsEditors& editors, const QString& dataLocation,
                 QWidget* parent = nullptr);

    enum Tab { Senders, Sources, Limits, DataLocation };
    void showTab(Tab tab);

    SendersPanel* senders() const { return m_senders; }
    LeadSourcesPanel* sources() const { return m_sources; }
    JobPacingPanel* pacing() const { return m_pacing; }
    MailSettingsPanel* mail() const { return m_mail; }
    DataLocationPanel* dataLocation() const { return m_data; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Engine* m_engine;
    QTabWidget* m_tabs;
    SendersPanel* m_senders;
    LeadSourcesPanel* m_sources;
    JobPacingPanel* m_pacing;
    MailSettingsPanel* m_mail;
    DataLocationPanel* m_data;
};

} // namespace outreach::ui
