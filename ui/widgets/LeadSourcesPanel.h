#pragma once

#include "data/SettingsMetaTypes.h"

#include <QSet>
#include <QWidget>

class QPushButton;
class QTableView;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class LeadSourcesModel;
class MessageBar;
class SourceEditor;
class UserPicker;

// The Settings page's "Lead sources" tab: one user's sources with kind, URL, monthly quota
// and cost per call; adding and editing them through the SourceEditor on the editor thread.
class LeadSourcesPanel final : public QWidget {
    Q_OBJECT
public:
    LeadSourcesPanel(Engine* engine, SourceEditor* editor, QWidget* parent = nullptr);

    void reload();
    bool selectSource(qint64 sourceId);
    void addSource(); // opens the dialog (object name leadSourceDialog)
    void editSelected();

    UserPicker* userPicker() const { return m_users; }
    LeadSourcesModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_message; }
    bool isBusy() const { return !m_pending.isEmpty(); }

private:
    const LeadSource* selected() const;
    void openDialog(const LeadSource* source);
    void onLoaded(quint64 token, qint64 userId, const QList<outreach::LeadSource>& sources);
    void onAnswer(quint64 token, bool ok, const QString& message);
    void updateControls();

    SourceEditor* m_editor;
    UserPicker* m_users;
    MessageBar* m_message;
    LeadSourcesModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QSet<quint64> m_pending;
    quint64 m_loadToken = 0;
};

} // namespace outreach::ui
