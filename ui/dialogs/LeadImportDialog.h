#pragma once

#include "data/LeadImportPreview.h"
#include "model/Campaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace outreach::ui {

class LeadImporter;
class LeadImportModel;

// Imports a leads CSV file into one user (and optionally one of the user's campaigns): the
// file is read and checked on the editor thread, every row is shown with its line and, for a
// bad row, the reason; Import stores the good rows with the rules of `outreachctl leads
// import`: a file with bad rows imports nothing unless the admin chooses to skip them.
// Opened with open(), never exec().
class LeadImportDialog final : public QDialog {
    Q_OBJECT
public:
    LeadImportDialog(LeadImporter* importer, qint64 userId, const QString& userLabel,
                     const QList<Campaign>& campaigns, QWidget* parent = nullptr);

    // Reads and previews a file; what "Choose file…" does after the file dialog.
    void previewFile(const QString& path);
    void setSkipBadRows(bool skip);
    void chooseCampaign(qint64 campaignId); // 0: none
    void startImport();

    LeadImportModel* model() const { return m_model; }
    QString summaryText() const;
    QString resultText() const;
    bool canImport() const;

Q_SIGNALS:
    void leadsImported(qint64 userId, int inserted);

private:
    void chooseFile();
    void onPreviewed(quint64 token, const outreach::ui::LeadImportPreview& preview);
    void onImported(quint64 token, int inserted, int duplicates, int skipped);
    void onImportFailed(quint64 token, const QString& message);
    void updateState();

    LeadImporter* m_importer;
    qint64 m_userId;
    LeadImportModel* m_model;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QComboBox* m_campaign;
    QTableView* m_table;
    QLabel* m_summary;
    QCheckBox* m_skipBad;
    QLabel* m_result;
    QPushButton* m_import;
    QPushButton* m_close;
    LeadImportPreview m_preview;
    quint64 m_token = 0;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace outreach::ui
