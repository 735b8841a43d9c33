#pragma once

#include "data/ReportData.h"
#include "model/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace outreach {
class Clock;
class Engine;
} // namespace outreach

namespace outreach::ui {

class MessageBar;
class ReportCharts;
class ReportReader;

// A user's weekly report: the figures as text and as charts (funnel, sources and quality,
// quotas, the weeks before), the >= 90% quota warnings spelled out, export to PDF and CSV.
// The report is the engine's (stored, or computed on the spot like `outreachctl report
// weekly`), read on the reader thread; users arrive from the engine.
class ReportsPage final : public QWidget {
    Q_OBJECT
public:
    ReportsPage(Engine* engine, ReportReader* reader, const Clock& clock,
                QWidget* parent = nullptr);

    bool selectUser(qint64 userId);
    bool selectWeek(const QString& week); // "2026-W24"
    void reload();
    // Write the shown report; an empty string on success, else the reason (also shown).
    QString exportCsv(const QString& path);
    QString exportPdf(const QString& path);

    const ReportData& data() const { return m_data; }
    bool isLoading() const { return m_loading; }
    ReportCharts* charts() const { return m_charts; }
    QString figuresText() const;
    QString warningsText() const;

private:
    void onUsersLoaded(const QList<outreach::User>& users);
    void onLoaded(quint64 token, const outreach::ui::ReportData& data);
    void fillWeeks();
    void showData();
    void chooseExportFile(bool pdf);
    void updateControls();

    Engine* m_engine;
    ReportReader* m_reader;
    const Clock& m_clock;
    QList<User> m_users;
    QComboBox* m_user;
    QComboBox* m_week;
    QPushButton* m_refresh;
    QPushButton* m_exportPdf;
    QPushButton* m_exportCsv;
    MessageBar* m_message;
    QLabel* m_heading;
    QLabel* m_origin;
    QLabel* m_warnings;
    QLabel* m_figures;
    ReportCharts* m_charts;

    ReportData m_data;
    quint64 m_token = 0;
    bool m_loading = false;
};

} // namespace outreach::ui
