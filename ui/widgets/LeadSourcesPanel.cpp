#include "widgets/LeadSourcesPanel.h"

#include "common/RequestIds.h"
#include "data/SourceEditor.h"
#include "dialogs/LeadSourceDialog.h"
#include "models/LeadSourcesModel.h"
#include "widgets/MessageBar.h"
#include "widgets/UserPicker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

LeadSourcesPanel::LeadSourcesPanel(Engine* engine, SourceEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_users(new UserPicker(engine)), m_message(new MessageBar),
      m_model(new LeadSourcesModel(this)), m_table(new QTableView),
      m_add(new QPushButton(tr("&Add source…"))), m_edit(new QPushButton(tr("&Edit…"))) {
    m_users->setObjectName(QStringLiteral("sourcesUser"));
    m_message->setObjectName(QStringLiteral("sourcesMessage"));
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_add->setObjectName(QStringLiteral("addSource"));
    m_edit->setObjectName(QStringLiteral("editSource"));
    m_table->setAccessibleName(tr("Lead sources"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_users);
    auto* top = new QHBoxLayout;
    top->addWidget(userLabel);
    top->addWidget(m_users);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_users, &UserPicker::userChosen, this, &LeadSourcesPanel::reload);
    connect(m_editor, &SourceEditor::loaded, this, &LeadSourcesPanel::onLoaded);
    connect(m_editor, &SourceEditor::done, this,
            [this](quint64 token, const QString& message) { onAnswer(token, true, message); });
    connect(m_editor, &SourceEditor::failed, this,
            [this](quint64 token, const QString& message) { onAnswer(token, false, message); });
    connect(m_add, &QPushButton::clicked, this, &LeadSourcesPanel::addSource);
    connect(m_edit, &QPushButton::clicked, this, &LeadSourcesPanel::editSelected);
    connect(m_table, &QTableView::doubleClicked, this, &LeadSourcesPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadSourcesPanel::updateControls);
    updateControls();
}

void LeadSourcesPanel::reload() {
    const std::optional<qint64> user = m_users->userId();
    if (!user)
        return;
    m_loadToken = RequestIds::next();
    m_pending.insert(m_loadToken);
    QMetaObject::invokeMethod(
        m_editor, [editor = m_editor, token = m_loadToken, id = *user] { editor->load(token, id); },
        Qt::QueuedConnection);
}

bool LeadSourcesPanel::selectSource(qint64 sourceId) {
    const int row = m_model->rowOf(sourceId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

const LeadSource* LeadSourcesPanel::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->sourceAt(rows.first().row());
}

void LeadSourcesPanel::onLoaded(quint64 token, qint64 userId, const QList<LeadSource>& sources) {
    if (!m_pending.remove(token) || token != m_loadToken || m_users->userId() != userId)
        return;
    const qint64 keep = selected() ? selected()->id : 0;
    m_model->setSources(sources);
    m_table->resizeColumnsToContents();
    if (keep)
        selectSource(keep);
    updateControls();
}

void LeadSourcesPanel::onAnswer(quint64 token, bool ok, const QString& message) {
    if (!m_pending.remove(token))
        return;
    m_message->show(ok ? MessageBar::Kind::Positive : MessageBar::Kind::Error, message);
    reload();
}

void LeadSourcesPanel::addSource() {
    openDialog(nullptr);
}

void LeadSourcesPanel::editSelected() {
    if (const LeadSource* source = selected())
        openDialog(source);
}

void LeadSourcesPanel::openDialog(const LeadSource* source) {
    const std::optional<qint64> user = m_users->userId();
    if (!user)
        return;
    auto* dialog = new LeadSourceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (source)
        dialog->setSource(*source);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        const quint64 token = RequestIds::next();
        m_pending.insert(token);
        QMetaObject::invokeMethod(
            m_editor,
            [editor = m_editor, token, userId = *user, source = dialog->source(),
             key = dialog->apiKey(),
             reason = dialog->reason()] { editor->save(token, userId, source, key, reason); },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void LeadSourcesPanel::updateControls() {
    m_add->setEnabled(m_users->userId().has_value());
    m_edit->setEnabled(selected() != nullptr);
}

} // namespace outreach::ui
