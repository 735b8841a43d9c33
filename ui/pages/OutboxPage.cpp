#include "pages/OutboxPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "common/RequestIds.h"
#include "data/OutboxReader.h"
#include "models/OutboxModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace outreach::ui {

OutboxPage::OutboxPage(Engine* engine, OutboxReader* reader, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_reader(reader), m_model(new OutboxModel(this)),
      m_message(new MessageBar), m_status(new QComboBox), m_user(new QComboBox),
      m_refresh(new QPushButton(tr("&Refresh"))), m_table(new QTableView), m_summary(new QLabel),
      m_previous(new QPushButton(tr("&Previous"))), m_next(new QPushButton(tr("&Next"))),
      m_resend(new QPushButton(tr("Re&send…"))), m_markSent(new QPushButton(tr("&Mark sent…"))) {
    m_status->setObjectName(QStringLiteral("outboxStatusFilter"));
    m_user->setObjectName(QStringLiteral("outboxUserFilter"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_resend->setObjectName(QStringLiteral("resendMessage"));
    m_markSent->setObjectName(QStringLiteral("markMessageSent"));
    m_refresh->setObjectName(QStringLiteral("outboxRefresh"));
    m_previous->setObjectName(QStringLiteral("outboxPreviousPage"));
    m_next->setObjectName(QStringLiteral("outboxNextPage"));
    m_status->setAccessibleName(tr("Status filter"));
    m_user->setAccessibleName(tr("User filter"));
    m_table->setAccessibleName(tr("Outbox messages"));
    m_refresh->setToolTip(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
    m_resend->setToolTip(tr("Queue the message again (unknown or failed rows); audited"));
    m_markSent->setToolTip(tr("Record that the message did go out (unknown rows); audited"));

    // The statuses an admin acts on come first and are the default.
    const QList<QPair<QString, QStringList>> presets{
        {tr("Needs attention (unknown, failed)"), {"unknown", "failed"}},
        {Format::outboxStatus("unknown"), {"unknown"}},
        {Format::outboxStatus("failed"), {"failed"}},
        {Format::outboxStatus("retry"), {"retry"}},
        {Format::outboxStatus("pending"), {"pending"}},
        {Format::outboxStatus("sent"), {"sent"}},
        {Format::outboxStatus("cancelled"), {"cancelled"}},
        {tr("All statuses"), {}},
    };
    for (const auto& [label, statuses] : presets)
        m_status->addItem(label, statuses);
    m_user->addItem(tr("All users"), QVariant());
    m_query.statuses = presets.first().second;
    m_query.limit = kPageSize;

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* statusLabel = new QLabel(tr("S&tatus:"));
    statusLabel->setBuddy(m_status);
    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    auto* filters = new QHBoxLayout;
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addStretch(1);
    filters->addWidget(m_refresh);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_previous);
    bottom->addWidget(m_next);
    bottom->addSpacing(12);
    bottom->addWidget(m_resend);
    bottom->addWidget(m_markSent);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Outbox")));
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_status, m_user);
    setTabOrder(m_user, m_refresh);
    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_resend);
    setTabOrder(m_resend, m_markSent);

    connect(m_reader, &OutboxReader::loaded, this, &OutboxPage::onLoaded);
    connect(m_reader, &OutboxReader::failed, this, [this](quint64 token, const QString& message) {
        if (token != m_token)
            return;
        m_loading = false;
        m_message->show(MessageBar::Kind::Error, tr("The outbox cannot be read: %1").arg(message));
        updateControls();
    });
    connect(m_engine, &Engine::usersLoaded, this, &OutboxPage::onUsersLoaded);
    connect(m_engine, &Engine::outboxMessageDecided, this, &OutboxPage::onDecided);
    connect(m_engine, &Engine::outboxDecisionRefused, this, &OutboxPage::onRefused);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { setStatusFilter(m_status->currentData().toStringList()); });
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_user->currentData();
        setUserFilter(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
    });
    connect(m_refresh, &QPushButton::clicked, this, &OutboxPage::reload);
    connect(m_previous, &QPushButton::clicked, this,
            [this] { showPageAt(std::max(0, m_query.offset - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { showPageAt(m_query.offset + kPageSize); });
    connect(m_resend, &QPushButton::clicked, this, &OutboxPage::resendSelected);
    connect(m_markSent, &QPushButton::clicked, this, &OutboxPage::markSelectedSent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxPage::updateControls);
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &OutboxPage::reload);

    reload();
    callEngine(m_engine, [](Engine& e) { e.refreshUsers(); });
}

void OutboxPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload(); // the engine may have sent, retried or given up on rows since
}

void OutboxPage::setStatusFilter(const QStringList& statuses) {
    if (m_status->currentData().toStringList() != statuses)
        for (int i = 0; i < m_status->count(); ++i)
            if (m_status->itemData(i).toStringList() == statuses) {
                const QSignalBlocker quiet(m_status);
                m_status->setCurrentIndex(i);
            }
    m_query.statuses = statuses;
    showPageAt(0);
}

void OutboxPage::setUserFilter(std::optional<qint64> userId) {
    const int index = userId ? m_user->findData(*userId) : 0;
    if (index >= 0 && index != m_user->currentIndex()) {
        const QSignalBlocker quiet(m_user);
        m_user->setCurrentIndex(index);
    }
    m_query.userId = userId;
    showPageAt(0);
}

void OutboxPage::reload() {
    showPageAt(m_query.offset);
}

void OutboxPage::showPageAt(int offset) {
    m_query.offset = std::max(0, offset);
    m_token = RequestIds::next();
    m_loading = true;
    m_reader->want(m_token);
    const quint64 token = m_token;
    const OutboxQuery wanted = m_query;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, token, wanted] { reader->query(token, wanted); },
        Qt::QueuedConnection);
    updateControls();
}

void OutboxPage::onLoaded(quint64 token, const OutboxQuery& query, const QList<OutboxMessage>& rows,
                          qint64 total) {
    if (token != m_token)
        return;
    // Rows removed since (sent, say) can leave a page past the end: show the last one instead.
    if (rows.isEmpty() && total > 0 && query.offset > 0)
        return showPageAt(int((total - 1) / kPageSize) * kPageSize);
    const qint64 keep = selected() ? selected()->id : 0;
    m_loading = false;
    m_total = total;
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    // Long subjects and errors must not push the other columns out of sight.
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
    for (int column : {int(OutboxModel::User), int(OutboxModel::Subject), int(OutboxModel::To)})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    if (keep)
        selectMessage(keep);
    updateControls();
}

void OutboxPage::onUsersLoaded(const QList<User>& users) {
    QHash<qint64, QString> names;
    const QVariant current = m_user->currentData();
    const QSignalBlocker quiet(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QVariant());
    for (const User& user : users) {
        names.insert(user.id, user.email);
        m_user->addItem(QStringLiteral("%1 <%2>").arg(user.name, user.email), user.id);
    }
    m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
    m_model->setUserNames(names);
}

bool OutboxPage::selectMessage(qint64 messageId) {
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

const OutboxMessage* OutboxPage::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->messageAt(rows.first().row());
}

void OutboxPage::resendSelected() {
    decide(true);
}

void OutboxPage::markSelectedSent() {
    decide(false);
}

void OutboxPage::decide(bool resend) {
    const OutboxMessage* message = selected();
    if (!message || m_deciding.contains(message->id))
        return;
    const QString question =
        resend ? tr("Resend message %1 to %2? It is queued again at once and goes out with the "
                    "same Message-ID; if the first attempt did arrive, the recipient gets it "
                    "twice.\n\nReason (optional, kept in the audit log):")
                     .arg(message->id)
                     .arg(message->toAddress)
               : tr("Mark message %1 to %2 as sent? It will not be sent again and its lead "
                    "moves on as if the server had accepted it.\n\nReason (optional, kept in "
                    "the audit log):")
                     .arg(message->id)
                     .arg(message->toAddress);
    // open(), not exec(): the engine's signals keep arriving while the admin types.
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("outboxDecisionDialog"));
    dialog->setWindowTitle(resend ? tr("Resend message") : tr("Mark message sent"));
    dialog->setLabelText(question);
    dialog->setOkButtonText(resend ? tr("Resend") : tr("Mark sent"));
    const qint64 id = message->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, resend](const QString& r) {
        const QString reason = r.trimmed();
        const quint64 request = RequestIds::next();
        m_requests.insert(request);
        m_deciding.insert(id);
        updateControls();
        callEngine(m_engine, [request, id, resend, reason](Engine& e) {
            e.decideOutboxMessage(request, id, resend, reason);
        });
    });
    dialog->open();
}

void OutboxPage::onDecided(quint64 requestId, const OutboxMessage& message) {
    if (!m_requests.remove(requestId))
        return;
    m_deciding.remove(message.id);
    // The row keeps its place with its new status until the next refresh, so the admin sees
    // what became of it.
    m_model->updateRow(message);
    m_message->show(MessageBar::Kind::Positive,
                    tr("Message %1 to %2 is now %3.")
                        .arg(message.id)
                        .arg(message.toAddress, Format::outboxStatus(message.status)));
    updateControls();
}

void OutboxPage::onRefused(quint64 requestId, const QString& message) {
    if (!m_requests.remove(requestId))
        return;
    m_deciding.clear();
    m_message->show(MessageBar::Kind::Error, tr("Not changed: %1").arg(message));
    reload(); // the row has probably moved on; show its current state
}

QString OutboxPage::summaryText() const {
    return m_summary->text();
}

void OutboxPage::updateControls() {
    const OutboxMessage* message = selected();
    const bool free = message && !m_deciding.contains(message->id);
    m_resend->setEnabled(free && (message->status == QLatin1String("unknown") ||
                                  message->status == QLatin1String("failed")));
    m_markSent->setEnabled(free && message->status == QLatin1String("unknown"));
    m_previous->setEnabled(!m_loading && m_query.offset > 0);
    m_next->setEnabled(!m_loading && m_query.offset + kPageSize < m_total);
    if (m_loading) {
        m_summary->setText(tr("Loading…"));
    } else if (m_total == 0) {
        m_summary->setText(tr("No messages match these filters."));
    } else {
        const QLocale locale;
        m_summary->setText(tr("Messages %1–%2 of %3")
                               .arg(locale.toString(m_query.offset + 1),
                                    locale.toString(m_query.offset + m_model->rowCount()),
                                    locale.toString(m_total)));
    }
}

} // namespace outreach::ui
