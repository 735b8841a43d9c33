#include "pages/LeadsPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "common/RequestIds.h"
#include "data/LeadsReader.h"
#include "models/LeadsModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace outreach::ui {

LeadsPage::LeadsPage(Engine* engine, LeadsReader* reader, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_reader(reader), m_model(new LeadsModel(this)),
      m_message(new MessageBar), m_user(new QComboBox), m_status(new QComboBox),
      m_search(new QLineEdit), m_searchDelay(new QTimer(this)), m_table(new QTableView),
      m_summary(new QLabel), m_previous(new QPushButton(tr("&Previous"))),
      m_next(new QPushButton(tr("&Next"))), m_detail(new QLabel), m_messages(new QTableWidget) {
    m_user->setObjectName(QStringLiteral("leadsUser"));
    m_status->setObjectName(QStringLiteral("leadsStatus"));
    m_search->setObjectName(QStringLiteral("leadsSearch"));
    m_table->setObjectName(QStringLiteral("leadsTable"));
    m_summary->setObjectName(QStringLiteral("leadsSummary"));
    m_detail->setObjectName(QStringLiteral("leadDetail"));
    m_messages->setObjectName(QStringLiteral("leadMessages"));
    m_previous->setObjectName(QStringLiteral("leadsPreviousPage"));
    m_next->setObjectName(QStringLiteral("leadsNextPage"));
    m_user->setAccessibleName(tr("User"));
    m_status->setAccessibleName(tr("Status filter"));
    m_search->setAccessibleName(tr("Search leads"));
    m_table->setAccessibleName(tr("Leads"));
    m_messages->setAccessibleName(tr("Mail received from the lead"));
    m_search->setPlaceholderText(tr("Email, name or company"));
    m_search->setClearButtonEnabled(true);

    m_status->addItem(tr("Any status"), QString());
    for (const QString& status : LeadsModel::statuses())
        m_status->addItem(LeadsModel::statusName(status), status);
    m_query.limit = kPageSize;

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_messages->setColumnCount(5);
    m_messages->setHorizontalHeaderLabels(
        {tr("Received"), tr("Kind"), tr("From"), tr("Subject"), tr("Text")});
    m_messages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messages->setWordWrap(false);
    m_messages->verticalHeader()->hide();
    m_messages->horizontalHeader()->setStretchLastSection(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Typing filters after a short pause, not on every key: each change is a query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    auto* statusLabel = new QLabel(tr("S&tatus:"));
    statusLabel->setBuddy(m_status);
    auto* searchLabel = new QLabel(tr("&Find:"));
    searchLabel->setBuddy(m_search);
    auto* filters = new QHBoxLayout;
    filters->addWidget(userLabel);
    filters->addWidget(m_user, 1);
    filters->addSpacing(12);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);

    auto* paging = new QHBoxLayout;
    paging->addWidget(m_summary, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);

    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(paging);
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detail);
    detailsLayout->addWidget(m_messages, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(list);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Leads")));
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    setTabOrder(m_user, m_status);
    setTabOrder(m_status, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_messages);

    connect(m_reader, &LeadsReader::loaded, this, &LeadsPage::onLoaded);
    connect(m_reader, &LeadsReader::messagesLoaded, this, &LeadsPage::onMessagesLoaded);
    connect(m_reader, &LeadsReader::failed, this, [this](const QString& message) {
        m_loading = false;
        m_message->show(MessageBar::Kind::Error, tr("The leads cannot be read: %1").arg(message));
        updateControls();
    });
    connect(m_engine, &Engine::usersLoaded, this, &LeadsPage::onUsersLoaded);
    connect(m_user, &QComboBox::currentIndexChanged, this, &LeadsPage::filtersChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadsPage::filtersChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LeadsPage::filtersChanged);
    connect(m_previous, &QPushButton::clicked, this,
            [this] { showPageAt(std::max(0, m_query.offset - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { showPageAt(m_query.offset + kPageSize); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadsPage::selectionChanged);

    updateControls();
    callEngine(m_engine, [](Engine& e) { e.refreshUsers(); });
}

void LeadsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_query.userId > 0)
        showPageAt(m_query.offset); // jobs may have added leads or moved them on since
}

void LeadsPage::showUser(qint64 userId) {
    const int index = m_user->findData(userId);
    if (index >= 0)
        m_user->setCurrentIndex(index); // filtersChanged() loads
}

void LeadsPage::onUsersLoaded(const QList<User>& users) {
    const QVariant current = m_user->currentData();
    {
        const QSignalBlocker quiet(m_user);
        m_user->clear();
        for (const User& user : users)
            m_user->addItem(QStringLiteral("%1 <%2>").arg(user.name, user.email), user.id);
        m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
    }
    if (m_user->currentData().toLongLong() != m_query.userId)
        filtersChanged();
}

void LeadsPage::filtersChanged() {
    m_query.userId = m_user->currentData().toLongLong();
    m_query.status = m_status->currentData().toString();
    m_query.text = m_search->text().trimmed();
    showPageAt(0);
}

void LeadsPage::showPageAt(int offset) {
    m_query.offset = std::max(0, offset);
    if (m_query.userId <= 0) {
        m_model->setRows({});
        m_total = 0;
        updateControls();
        return;
    }
    m_token = RequestIds::next();
    m_loading = true;
    m_reader->want(m_token);
    const quint64 token = m_token;
    const LeadPageQuery wanted = m_query;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, token, wanted] { reader->query(token, wanted); },
        Qt::QueuedConnection);
    updateControls();
}

void LeadsPage::onLoaded(quint64 token, const LeadPageQuery& query, const QList<Lead>& rows,
                         qint64 total) {
    if (token != m_token)
        return;
    if (rows.isEmpty() && total > 0 && query.offset > 0)
        return showPageAt(int((total - 1) / kPageSize) * kPageSize);
    const qint64 keep = selected() ? selected()->id : 0;
    m_loading = false;
    m_total = total;
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    const int row = keep ? m_model->rowOf(keep) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    else
        selectionChanged();
    updateControls();
}

const Lead* LeadsPage::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->leadAt(rows.first().row());
}

QString LeadsPage::kindName(const QString& kind) {
    if (kind == QLatin1String("reply"))
        return tr("Reply");
    if (kind == QLatin1String("auto-reply"))
        return tr("Automatic reply");
    if (kind == QLatin1String("bounce"))
        return tr("Bounce");
    if (kind == QLatin1String("delayed"))
        return tr("Delivery delayed");
    if (kind == QLatin1String("unsubscribe"))
        return tr("Unsubscribe");
    return tr("Not matched");
}

void LeadsPage::selectionChanged() {
    m_messages->setRowCount(0);
    const Lead* lead = selected();
    if (!lead) {
        m_detail->setText(tr("Select a lead to see its sequence and the mail received from it."));
        return;
    }
    QStringList steps;
    const auto step = [&steps](const QString& what, const std::optional<qint64>& at) {
        if (at)
            steps << QStringLiteral("%1 %2").arg(what, Format::dateTime(at));
    };
    step(tr("added"), lead->createdAt);
    step(tr("contacted"), lead->contactedAt);
    step(tr("follow-up 1"), lead->followUp1At);
    step(tr("follow-up 2"), lead->followUp2At);
    step(tr("replied"), lead->repliedAt);
    step(tr("bounced"), lead->bouncedAt);
    step(tr("unsubscribed"), lead->unsubscribedAt);
    step(tr("converted"), lead->convertedAt);
    const QString name = QStringLiteral("%1 %2").arg(lead->firstName, lead->lastName).trimmed();
    m_detail->setText(
        tr("<b>%1</b> &lt;%2&gt; · %3 · score %4 · source %5<br>%6")
            .arg(name.toHtmlEscaped(), lead->email.toHtmlEscaped(),
                 LeadsModel::statusName(lead->status).toHtmlEscaped())
            .arg(lead->score)
            .arg(lead->source.toHtmlEscaped(), steps.join(QStringLiteral(" → ")).toHtmlEscaped()));
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, userId = lead->userId, leadId = lead->id] {
            reader->messages(userId, leadId);
        },
        Qt::QueuedConnection);
}

void LeadsPage::onMessagesLoaded(qint64 leadId, const QList<InboundMessage>& messages) {
    const Lead* lead = selected();
    if (!lead || lead->id != leadId)
        return; // the admin has moved on to another lead
    m_messages->setRowCount(int(messages.size()));
    for (int row = 0; row < messages.size(); ++row) {
        const InboundMessage& m = messages.at(row);
        const QStringList cells{Format::dateTime(m.receivedAt ? m.receivedAt : m.processedAt),
                                kindName(m.kind), m.fromAddress, m.subject, m.snippet.simplified()};
        for (int column = 0; column < cells.size(); ++column)
            m_messages->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_messages->resizeColumnsToContents();
}

void LeadsPage::updateControls() {
    const QLocale locale;
    if (m_query.userId <= 0)
        m_summary->setText(tr("Add a user to see leads here."));
    else if (m_loading && m_model->rowCount() == 0)
        m_summary->setText(tr("Loading…"));
    else if (m_total == 0)
        m_summary->setText(tr("No lead matches."));
    else
        m_summary->setText(tr("Leads %1–%2 of %3")
                               .arg(locale.toString(m_query.offset + 1),
                                    locale.toString(m_query.offset + m_model->rowCount()),
                                    locale.toString(m_total)));
    m_previous->setEnabled(m_query.offset > 0);
    m_next->setEnabled(m_query.offset + kPageSize < m_total);
}

} // namespace outreach::ui
