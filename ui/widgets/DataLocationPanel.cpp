#include "widgets/DataLocationPanel.h"

#include "data/SavedDataLocation.h"
#include "widgets/MessageBar.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace outreach::ui {

DataLocationPanel::DataLocationPanel(const QString& current, QWidget* parent)
    : QWidget(parent), m_message(new MessageBar), m_saved(new QLabel),
      m_sqlite(new QRadioButton(tr("&SQLite file:"))),
      m_postgres(new QRadioButton(tr("&PostgreSQL server:"))), m_file(new QLineEdit),
      m_browse(new QPushButton(tr("&Browse…"))), m_url(new QLineEdit) {
    m_message->setObjectName(QStringLiteral("dataLocationMessage"));
    m_saved->setObjectName(QStringLiteral("savedDataLocation"));
    m_file->setObjectName(QStringLiteral("dataSqliteFile"));
    m_url->setObjectName(QStringLiteral("dataPostgresUrl"));
    m_sqlite->setObjectName(QStringLiteral("dataUseSqlite"));
    m_postgres->setObjectName(QStringLiteral("dataUsePostgres"));
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/outreach"));
    m_sqlite->setChecked(true);

    auto* now = new QLabel(current);
    now->setObjectName(QStringLiteral("currentDataLocation"));
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* info = new QFormLayout;
    info->addRow(tr("In use now:"), now);
    info->addRow(tr("Chosen for the next start:"), m_saved);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* choice = new QGroupBox(tr("Another location"));
    auto* form = new QFormLayout(choice);
    form->addRow(m_sqlite, fileRow);
    form->addRow(m_postgres, m_url);
    auto* note = new QLabel(
        tr("The console uses the new location from its next start; nothing is copied or moved. "
           "The --db option and the OUTREACH_DB variable still take precedence. A PostgreSQL "
           "password is not saved here: give it in PGPASSWORD or ~/.pgpass."));
    note->setWordWrap(true);
    auto* save = new QPushButton(tr("Use from &next start"));
    save->setObjectName(QStringLiteral("saveDataLocation"));
    auto* reset = new QPushButton(tr("Use the &default"));
    reset->setObjectName(QStringLiteral("defaultDataLocation"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(reset);
    buttons->addWidget(save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(info);
    layout->addWidget(choice);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &DataLocationPanel::browse);
    connect(save, &QPushButton::clicked, this, &DataLocationPanel::save);
    connect(reset, &QPushButton::clicked, this, &DataLocationPanel::useDefault);
    connect(m_sqlite, &QRadioButton::toggled, this, &DataLocationPanel::updateControls);
    showSaved();
    updateControls();
}

void DataLocationPanel::setSqliteFile(const QString& path) {
    m_sqlite->setChecked(true);
    m_file->setText(path);
}

void DataLocationPanel::setPostgresUrl(const QString& url) {
    m_postgres->setChecked(true);
    m_url->setText(url);
}

bool DataLocationPanel::save() {
    const QString text = m_sqlite->isChecked() ? m_file->text().trimmed() : m_url->text().trimmed();
    Result<QString> checked = SavedDataLocation::check(
        m_sqlite->isChecked() && !text.isEmpty() && !text.startsWith(QLatin1String("sqlite:"))
            ? QStringLiteral("sqlite:") + text
            : text);
    if (!checked) {
        m_message->show(MessageBar::Kind::Error, checked.error().message);
        return false;
    }
    SavedDataLocation::save(*checked);
    showSaved();
    m_message->show(MessageBar::Kind::Positive,
                    tr("From the next start the console uses %1.").arg(*checked));
    return true;
}

void DataLocationPanel::useDefault() {
    SavedDataLocation::clear();
    showSaved();
    m_message->show(MessageBar::Kind::Positive,
                    tr("From the next start the console uses its default data file."));
}

QString DataLocationPanel::savedText() const {
    return m_saved->text();
}

void DataLocationPanel::browse() {
    // open(), not a static getSaveFileName(): no nested event loop on the GUI thread.
    auto* dialog = new QFileDialog(this, tr("SQLite data file"), m_file->text(),
                                   tr("SQLite databases (*.db *.sqlite);;All files (*)"));
    dialog->setObjectName(QStringLiteral("dataFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // an existing file is opened, not lost
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { setSqliteFile(path); });
    dialog->open();
}

void DataLocationPanel::showSaved() {
    const QString saved = SavedDataLocation::load();
    m_saved->setText(saved.isEmpty() ? tr("the default data file") : saved);
}

void DataLocationPanel::updateControls() {
    m_file->setEnabled(m_sqlite->isChecked());
    m_browse->setEnabled(m_sqlite->isChecked());
    m_url->setEnabled(!m_sqlite->isChecked());
}

} // namespace outreach::ui
