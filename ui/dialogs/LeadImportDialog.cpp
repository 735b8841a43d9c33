#include "dialogs/LeadImportDialog.h"

#include "common/RequestIds.h"
#include "data/LeadImporter.h"
#include "models/LeadImportModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

LeadImportDialog::LeadImportDialog(LeadImporter* importer, qint64 userId, const QString& userLabel,
                                   const QList<Campaign>& campaigns, QWidget* parent)
    : QDialog(parent), m_importer(importer), m_userId(userId), m_model(new LeadImportModel(this)),
      m_file(new QLineEdit), m_choose(new QPushButton(tr("&Choose file…"))),
      m_campaign(new QComboBox), m_table(new QTableView), m_summary(new QLabel),
      m_skipBad(new QCheckBox(tr("&Skip the bad rows and import the good ones"))),
      m_result(new QLabel), m_import(new QPushButton(tr("&Import"))),
      m_close(new QPushButton(tr("Close"))) {
    setObjectName(QStringLiteral("leadImportDialog"));
    setWindowTitle(tr("Import leads for %1").arg(userLabel));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_campaign->setObjectName(QStringLiteral("importCampaign"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_skipBad->setObjectName(QStringLiteral("importSkipBad"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file with the columns email, firstName, lastName, "
                                  "company, title and optionally score"));
    m_campaign->addItem(tr("No campaign"), 0);
    for (const Campaign& campaign : campaigns)
        m_campaign->addItem(campaign.name, campaign.id);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_import->setDefault(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_choose); // the path itself is read-only
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("C&ampaign:"), m_campaign);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipBad);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_choose, &QPushButton::clicked, this, &LeadImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &LeadImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &LeadImportDialog::reject);
    connect(m_skipBad, &QCheckBox::toggled, this, &LeadImportDialog::updateState);
    connect(m_importer, &LeadImporter::previewed, this, &LeadImportDialog::onPreviewed);
    connect(m_importer, &LeadImporter::imported, this, &LeadImportDialog::onImported);
    connect(m_importer, &LeadImporter::importFailed, this, &LeadImportDialog::onImportFailed);
    updateState();
}

void LeadImportDialog::chooseFile() {
    // Not the static getOpenFileName(): that would wait in a nested event loop.
    auto* files = new QFileDialog(this, tr("Choose a leads CSV file"), QDir::homePath(),
                                  tr("CSV files (*.csv);;All files (*)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, &LeadImportDialog::previewFile);
    files->open();
}

void LeadImportDialog::previewFile(const QString& path) {
    m_file->setText(QDir::toNativeSeparators(path));
    m_preview = {};
    m_model->setPreview(m_preview);
    m_done = false;
    m_busy = true;
    m_result->clear();
    m_summary->setText(tr("Reading the file…"));
    m_token = RequestIds::next();
    QMetaObject::invokeMethod(
        m_importer,
        [importer = m_importer, token = m_token, path] { importer->preview(token, path); },
        Qt::QueuedConnection);
    updateState();
}

void LeadImportDialog::onPreviewed(quint64 token, const LeadImportPreview& preview) {
    if (token != m_token)
        return; // an older file's preview, or another dialog's
    m_busy = false;
    m_preview = preview;
    m_model->setPreview(preview);
    m_table->resizeColumnsToContents();
    const QLocale locale;
    if (!preview.fileError.isEmpty())
        m_summary->setText(tr("The file cannot be imported: %1").arg(preview.fileError));
    else if (preview.good + preview.bad == 0)
        m_summary->setText(tr("The file has a header but no rows."));
    else
        m_summary->setText(tr("%1 good rows, %2 with errors.")
                               .arg(locale.toString(preview.good), locale.toString(preview.bad)) +
                           (preview.bad > 0
                                ? QLatin1Char(' ') + tr("A file with bad rows imports nothing: fix "
                                                        "them in the file, or skip them.")
                                : QString()));
    // The first bad row in view: that is what the admin has to look at.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isBad(row)) {
            m_table->scrollTo(m_model->index(row, 0));
            break;
        }
    }
    updateState();
}

bool LeadImportDialog::canImport() const {
    return !m_busy && !m_done && m_preview.fileError.isEmpty() && m_preview.good > 0 &&
           (m_preview.bad == 0 || m_skipBad->isChecked());
}

void LeadImportDialog::startImport() {
    if (!canImport())
        return;
    m_busy = true;
    m_result->setText(tr("Importing…"));
    m_token = RequestIds::next();
    const qint64 campaignId = m_campaign->currentData().toLongLong();
    QMetaObject::invokeMethod(
        m_importer,
        [importer = m_importer, token = m_token, userId = m_userId, campaignId,
         path = m_preview.path, data = m_preview.data, skip = m_skipBad->isChecked()] {
            importer->importLeads(token, userId, campaignId, path, data, skip);
        },
        Qt::QueuedConnection);
    updateState();
}

void LeadImportDialog::onImported(quint64 token, int inserted, int duplicates, int skipped) {
    if (token != m_token)
        return;
    m_busy = false;
    m_done = true; // a second click would only find duplicates; choose the file again for that
    m_result->setText(tr("Imported %1 leads; %2 were already known; %3 bad rows skipped.")
                          .arg(inserted)
                          .arg(duplicates)
                          .arg(skipped));
    updateState();
    Q_EMIT leadsImported(m_userId, inserted);
}

void LeadImportDialog::onImportFailed(quint64 token, const QString& message) {
    if (token != m_token)
        return;
    m_busy = false;
    m_result->setText(tr("Nothing was imported: %1").arg(message));
    updateState();
}

void LeadImportDialog::updateState() {
    m_import->setEnabled(canImport());
    m_choose->setEnabled(!m_busy);
    m_campaign->setEnabled(!m_busy && !m_done);
    m_skipBad->setVisible(m_preview.bad > 0);
    m_skipBad->setEnabled(!m_busy && !m_done);
}

void LeadImportDialog::setSkipBadRows(bool skip) {
    m_skipBad->setChecked(skip);
}

void LeadImportDialog::chooseCampaign(qint64 campaignId) {
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaignId)));
}

QString LeadImportDialog::summaryText() const {
    return m_summary->text();
}

QString LeadImportDialog::resultText() const {
    return m_result->text();
}

} // namespace outreach::ui
