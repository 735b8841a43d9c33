#pragma once

#include "model/OutboxMessage.h"
#include "model/OutboxQuery.h"
#include "model/User.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class MessageBar;
class OutboxModel;
class OutboxReader;

// Every user's queued, sent and stuck emails, a page at a time, the ones needing the admin
// (unknown, failed) first. Resend and Mark sent ask for confirmation and an optional reason
// and go to the engine (OutboxDecision, audited like `outreachctl outbox resend|mark-sent`);
// rows are read on the reader thread.
class OutboxPage final : public QWidget {
    Q_OBJECT
public:
    OutboxPage(Engine* engine, OutboxReader* reader, QWidget* parent = nullptr);

    static constexpr int kPageSize = 100;

    // An empty list shows every status; the default is {"unknown", "failed"}.
    void setStatusFilter(const QStringList& statuses);
    void setUserFilter(std::optional<qint64> userId);
    OutboxQuery query() const { return m_query; }
    void reload();
    void showPageAt(int offset);

    bool selectMessage(qint64 messageId);
    // Open the confirmation dialog (object name "outboxDecisionDialog") for the selected row.
    void resendSelected();
    void markSelectedSent();

    OutboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool isLoading() const { return m_loading; }
    qint64 total() const { return m_total; }
    QString summaryText() const;
    MessageBar* messageBar() const { return m_message; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLoaded(quint64 token, const outreach::OutboxQuery& query,
                  const QList<outreach::OutboxMessage>& rows, qint64 total);
    void onUsersLoaded(const QList<outreach::User>& users);
    void onDecided(quint64 requestId, const outreach::OutboxMessage& message);
    void onRefused(quint64 requestId, const QString& message);
    void decide(bool resend);
    void updateControls();
    const OutboxMessage* selected() const;

    Engine* m_engine;
    OutboxReader* m_reader;
    OutboxModel* m_model;
    MessageBar* m_message;
    QComboBox* m_status;
    QComboBox* m_user;
    QPushButton* m_refresh;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_resend;
    QPushButton* m_markSent;

    OutboxQuery m_query;
    quint64 m_token = 0;
    bool m_loading = false;
    qint64 m_total = 0;
    QSet<quint64> m_requests; // decisions sent to the engine, not answered yet
    QSet<qint64> m_deciding;  // their message ids: no second click while one is on its way
};

} // namespace outreach::ui
