#pragma once

#include "model/InboundMessage.h"
#include "model/Lead.h"
#include "model/LeadPageQuery.h"
#include "model/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class LeadsModel;
class LeadsReader;
class MessageBar;

// One user's leads, a page at a time, filtered by status and by text in the address, names or
// company; for the selected lead its sequence so far and the mail the reply checker received
// from it (replies, automatic replies, bounces, unsubscribes). Reads run on the reader thread.
class LeadsPage final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    LeadsPage(Engine* engine, LeadsReader* reader, QWidget* parent = nullptr);

    void showUser(qint64 userId);
    LeadsModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onUsersLoaded(const QList<outreach::User>& users);
    void onLoaded(quint64 token, const outreach::LeadPageQuery& query,
                  const QList<outreach::Lead>& rows, qint64 total);
    void onMessagesLoaded(qint64 leadId, const QList<outreach::InboundMessage>& messages);
    void showPageAt(int offset);
    void filtersChanged();
    void selectionChanged();
    void updateControls();
    const Lead* selected() const;
    static QString kindName(const QString& kind);

    Engine* m_engine;
    LeadsReader* m_reader;
    LeadsModel* m_model;
    MessageBar* m_message;
    QComboBox* m_user;
    QComboBox* m_status;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_detail;
    QTableWidget* m_messages;
    LeadPageQuery m_query;
    quint64 m_token = 0;
    qint64 m_total = 0;
    bool m_loading = false;
};

} // namespace outreach::ui
