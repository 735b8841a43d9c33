#include "pages/LogsPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "common/RequestIds.h"
#include "data/LogExport.h"
#include "data/LogExportFormat.h"
#include "data/LogReader.h"
#include "models/LogFilterMatch.h"
#include "models/LogModel.h"
#include "widgets/LogFilterBar.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace outreach::ui {

LogsPage::LogsPage(Engine* engine, LogReader* reader, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_reader(reader), m_model(new LogModel(this)),
      m_message(new MessageBar), m_filters(new LogFilterBar),
      m_clear(new QPushButton(tr("C&lear filters"))),
      m_exportButton(new QPushButton(tr("E&xport…"))),
      m_cancelExport(new QPushButton(tr("Cancel export"))), m_table(new QTableView),
      m_status(new QLabel) {
    m_cancelExport->hide();
    m_status->setObjectName(QStringLiteral("logStatus"));

    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures the rows' contents, which
    // would cost time in proportion to the number of records loaded.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_table->setColumnWidth(
        LogModel::Time, metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 16);
    m_table->setColumnWidth(LogModel::Level,
                            metrics.horizontalAdvance(QStringLiteral("Warning")) + 40);
    m_table->setColumnWidth(
        LogModel::Job, metrics.horizontalAdvance(QStringLiteral("api-performance-report")) + 16);
    m_table->setColumnWidth(LogModel::Run,
                            metrics.horizontalAdvance(QStringLiteral("#000000")) + 8);
    m_table->setColumnWidth(
        LogModel::User,
        metrics.horizontalAdvance(QStringLiteral("someone@southpoint.example")) + 16);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_clear);
    bottom->addWidget(m_cancelExport);
    bottom->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Logs")));
    layout->addWidget(m_message);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_filters->follow(), m_table);
    setTabOrder(m_table, m_clear);
    setTabOrder(m_clear, m_exportButton);

    connect(m_reader, &LogReader::loaded, this, &LogsPage::onLoaded);
    connect(m_reader, &LogReader::failed, this, [this](quint64 token, const QString& message) {
        if (token != m_token)
            return;
        m_loading = false;
        m_model->setFetching(false);
        m_message->show(MessageBar::Kind::Error, tr("The log cannot be read: %1").arg(message));
        updateStatus();
    });
    connect(m_model, &LogModel::olderWanted, this, &LogsPage::fetchOlder);
    connect(m_engine, &Engine::logRecords, this, &LogsPage::onLive);
    connect(m_engine, &Engine::jobsLoaded, m_filters, &LogFilterBar::setJobs);
    connect(m_engine, &Engine::usersLoaded, m_filters, &LogFilterBar::setUsers);

    connect(m_filters, &LogFilterBar::changed, this, &LogsPage::reload);
    connect(m_filters->follow(), &QCheckBox::toggled, this, &LogsPage::setFollowing);
    connect(m_clear, &QPushButton::clicked, this, [this] { applyFilter(LogFilter{}); });
    connect(m_exportButton, &QPushButton::clicked, this, &LogsPage::chooseExportFile);
    connect(m_cancelExport, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    // Scrolling away from the newest records stops following, so they stay where they are.
    connect(m_table->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_table->verticalScrollBar()->value() > 0 && isFollowing())
                m_filters->follow()->setChecked(false);
        });
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &LogsPage::showContextMenu);
    auto* copy = new QShortcut(QKeySequence::Copy, m_table);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &LogsPage::copySelection);
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &LogsPage::reload);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filters, &LogFilterBar::focusSearch);

    reload();
    callEngine(m_engine, [](Engine& e) {
        e.refreshJobs();
        e.refreshUsers();
    });
}

void LogsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (isFollowing())
        m_table->scrollToTop();
}

LogFilter LogsPage::filter() const {
    return m_filters->filter(kPageSize);
}

void LogsPage::applyFilter(const LogFilter& filter) {
    m_filters->apply(filter);
    reload();
}

void LogsPage::reload() {
    m_filter = filter();
    m_token = RequestIds::next();
    m_loading = true;
    m_pendingLive.clear();
    m_droppedLive = 0;
    m_model->reset({}, {}, false);
    m_reader->want(m_token);
    const quint64 token = m_token;
    const LogFilter wanted = m_filter;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, token, wanted] { reader->query(token, wanted); },
        Qt::QueuedConnection);
    updateStatus();
}

void LogsPage::fetchOlder(qint64 beforeId) {
    if (m_loading) {
        m_model->setFetching(false); // the fresh page on its way replaces these rows anyway
        return;
    }
    if (beforeId <= 0) {
        reload();
        return;
    }
    m_token = RequestIds::next();
    LogFilter page = m_filter;
    page.beforeId = beforeId;
    m_reader->want(m_token);
    const quint64 token = m_token;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, token, page] { reader->query(token, page); },
        Qt::QueuedConnection);
    updateStatus();
}

void LogsPage::onLoaded(quint64 token, const LogFilter& filter, const QList<LogRecord>& records) {
    if (token != m_token)
        return;
    const bool more = records.size() >= filter.limit;
    if (filter.beforeId) {
        m_model->appendOlder(records, more);
    } else {
        m_loading = false;
        if (isFollowing()) {
            m_model->reset(records, m_pendingLive, more);
            m_pendingLive.clear();
        } else {
            m_model->reset(records, {}, more);
        }
        if (isFollowing())
            m_table->scrollToTop();
    }
    updateStatus();
}

void LogsPage::onLive(const QList<LogRecord>& records) {
    QList<LogRecord> matching;
    for (const LogRecord& record : records)
        if (LogFilterMatch::matches(m_filter, record))
            matching.append(record);
    if (matching.isEmpty())
        return;
    if (m_loading || !isFollowing()) {
        // Held back: while a page loads (it is merged in after) or while the admin reads
        // older records (shown when following is switched on again).
        const qsizetype room = kMaxRows - m_pendingLive.size();
        if (matching.size() > room) {
            m_droppedLive += matching.size() - std::max<qsizetype>(0, room);
            matching.resize(std::max<qsizetype>(0, room));
        }
        m_pendingLive.append(matching);
        updateStatus();
        return;
    }
    m_model->prependLive(matching);
    if (m_model->rowCount() > kMaxRows + kTrimSlack)
        m_model->trim(kMaxRows);
    m_table->scrollToTop();
    updateStatus();
}

void LogsPage::setFollowing(bool follow) {
    if (m_filters->follow()->isChecked() != follow) {
        m_filters->follow()->setChecked(follow); // comes back here through toggled()
        return;
    }
    if (!follow) {
        updateStatus();
        return;
    }
    if (m_droppedLive > 0) {
        reload(); // more arrived than was kept: read the newest page afresh
        return;
    }
    if (!m_loading && !m_pendingLive.isEmpty()) {
        m_model->prependLive(m_pendingLive);
        m_pendingLive.clear();
        if (m_model->rowCount() > kMaxRows + kTrimSlack)
            m_model->trim(kMaxRows);
    }
    m_table->scrollToTop();
    updateStatus();
}

bool LogsPage::isFollowing() const {
    return m_filters->follow()->isChecked();
}

QString LogsPage::statusText() const {
    return m_status->text();
}

void LogsPage::updateStatus() {
    QStringList parts;
    if (m_loading)
        parts << tr("Reading the log…");
    else
        parts << tr("%n record(s) shown", nullptr, m_model->rowCount());
    if (!m_loading && m_model->canFetchMore({}))
        parts << tr("older records load as you scroll down");
    if (!m_loading && !isFollowing() && !m_pendingLive.isEmpty())
        parts << tr("%n new record(s) held back; tick \"Follow live\" to show them", nullptr,
                    int(m_pendingLive.size() + m_droppedLive));
    if (m_export)
        parts << tr("exporting: %n record(s) written", nullptr, int(m_exported));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void LogsPage::copySelection() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() > b.row(); });
    QStringList lines;
    for (const QModelIndex& index : rows)
        if (const LogRecord* record = m_model->recordAt(index.row()))
            lines << LogExportFormat::textLine(*record);
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogsPage::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_table->indexAt(position);
    const LogRecord* record = index.isValid() ? m_model->recordAt(index.row()) : nullptr;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy"), QKeySequence::Copy, this, &LogsPage::copySelection);
    if (record) {
        const QString message = record->message;
        menu->addAction(tr("Copy &message"), this,
                        [message] { QApplication::clipboard()->setText(message); });
        if (record->runId) {
            const qint64 run = *record->runId;
            menu->addAction(tr("Show only run #%1").arg(run), this, [this, run] {
                LogFilter f;
                f.runId = run;
                applyFilter(f);
            });
        }
        if (record->userId) {
            const qint64 user = *record->userId;
            menu->addAction(tr("Show only this user"), this, [this, user] {
                LogFilter f = filter();
                f.userId = user;
                applyFilter(f);
            });
        }
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void LogsPage::chooseExportFile() {
    if (m_export)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export logs"), folder + QStringLiteral("/logs.csv"),
                                   tr("CSV files (*.csv);;Log files (*.log *.txt)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &LogsPage::exportTo);
    dialog->open();
}

void LogsPage::exportTo(const QString& path) {
    if (m_export || path.isEmpty())
        return;
    LogFilter all = m_filter;
    all.beforeId.reset();
    m_exported = 0;
    m_export = new LogExport(m_reader->database(), all, path, this);
    connect(m_export, &LogExport::progress, this, [this](qint64 written) {
        m_exported = written;
        updateStatus();
    });
    connect(m_export, &LogExport::finished, this, &LogsPage::onExportFinished);
    m_export->start();
    m_exportButton->setEnabled(false);
    m_cancelExport->show();
    updateStatus();
}

void LogsPage::onExportFinished(qint64 written, const QString& error) {
    const QString path = m_export ? m_export->path() : QString();
    if (m_export)
        m_export->deleteLater();
    m_export = nullptr;
    m_cancelExport->hide();
    m_exportButton->setEnabled(true);
    if (error.isEmpty())
        m_message->show(MessageBar::Kind::Positive,
                        tr("%n record(s) exported to %1.", nullptr, int(written)).arg(path));
    else
        m_message->show(MessageBar::Kind::Error, tr("The export failed: %1").arg(error));
    updateStatus();
    Q_EMIT exportFinished(written, error);
}

} // namespace outreach::ui
