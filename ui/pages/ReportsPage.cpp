#include "pages/ReportsPage.h"

#include "Engine.h"
#include "common/EngineCall.h"
#include "common/RequestIds.h"
#include "core/Clock.h"
#include "data/ReportCsv.h"
#include "data/ReportPdf.h"
#include "data/ReportReader.h"
#include "data/ReportSummary.h"
#include "reports/IsoWeek.h"
#include "reports/WeeklyReportService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"
#include "widgets/ReportCharts.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QVBoxLayout>

namespace outreach::ui {

ReportsPage::ReportsPage(Engine* engine, ReportReader* reader, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_reader(reader), m_clock(clock), m_user(new QComboBox),
      m_week(new QComboBox), m_refresh(new QPushButton(tr("&Refresh"))),
      m_exportPdf(new QPushButton(tr("Export &PDF…"))),
      m_exportCsv(new QPushButton(tr("Export &CSV…"))), m_message(new MessageBar),
      m_heading(new QLabel), m_origin(new QLabel), m_warnings(new QLabel), m_figures(new QLabel),
      m_charts(new ReportCharts) {
    m_user->setObjectName(QStringLiteral("reportUser"));
    m_week->setObjectName(QStringLiteral("reportWeek"));
    m_exportPdf->setObjectName(QStringLiteral("exportReportPdf"));
    m_exportCsv->setObjectName(QStringLiteral("exportReportCsv"));
    m_warnings->setObjectName(QStringLiteral("reportWarnings"));
    m_figures->setObjectName(QStringLiteral("reportFigures"));
    m_user->setAccessibleName(tr("User"));
    m_week->setAccessibleName(tr("Week"));
    m_figures->setAccessibleName(tr("Report figures"));
    m_warnings->setAccessibleName(tr("Report warnings"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_week->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setToolTip(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));

    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    auto* weekLabel = new QLabel(tr("&Week:"));
    weekLabel->setBuddy(m_week);
    auto* controls = new QHBoxLayout;
    controls->addWidget(userLabel);
    controls->addWidget(m_user);
    controls->addSpacing(12);
    controls->addWidget(weekLabel);
    controls->addWidget(m_week);
    controls->addWidget(m_refresh);
    controls->addStretch(1);
    controls->addWidget(m_exportPdf);
    controls->addWidget(m_exportCsv);

    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_origin->setWordWrap(true);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    // Red and bold: the warning must be seen without reading the chart.
    m_warnings->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* text = new QWidget;
    auto* textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_heading);
    textLayout->addWidget(m_origin);
    textLayout->addWidget(m_warnings);
    textLayout->addWidget(m_figures);
    textLayout->addStretch(1);
    text->setFixedWidth(fontMetrics().averageCharWidth() * 46);

    auto* content = new QWidget;
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(text);
    contentLayout->addWidget(m_charts, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Reports")));
    layout->addWidget(m_message);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);

    setTabOrder(m_user, m_week);
    setTabOrder(m_week, m_refresh);
    setTabOrder(m_refresh, m_exportPdf);
    setTabOrder(m_exportPdf, m_exportCsv);

    connect(m_reader, &ReportReader::loaded, this, &ReportsPage::onLoaded);
    connect(m_engine, &Engine::usersLoaded, this, &ReportsPage::onUsersLoaded);
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        fillWeeks();
        reload();
    });
    connect(m_week, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::reload);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &ReportsPage::reload);

    updateControls();
    callEngine(m_engine, [](Engine& e) { e.refreshUsers(); });
}

bool ReportsPage::selectUser(qint64 userId) {
    const int index = m_user->findData(userId);
    if (index < 0)
        return false;
    m_user->setCurrentIndex(index);
    return true;
}

bool ReportsPage::selectWeek(const QString& week) {
    const int index = m_week->findData(week);
    if (index < 0)
        return false;
    m_week->setCurrentIndex(index);
    return true;
}

void ReportsPage::onUsersLoaded(const QList<User>& users) {
    m_users = users;
    const QVariant current = m_user->currentData();
    {
        const QSignalBlocker quiet(m_user);
        m_user->clear();
        for (const User& user : users)
            m_user->addItem(QStringLiteral("%1 <%2>").arg(user.name, user.email), user.id);
        m_user->setCurrentIndex(std::max(0, m_user->findData(current)));
    }
    if (m_user->currentData() != current || m_week->count() == 0) {
        fillWeeks();
        reload();
    }
}

// The user's current week (so far) and a year back, in the user's own zone; the last
// complete week, the one the Monday report is about, is chosen first.
void ReportsPage::fillWeeks() {
    const QSignalBlocker quiet(m_week);
    const QString current = m_week->currentData().toString();
    m_week->clear();
    const qint64 id = m_user->currentData().toLongLong();
    const auto user =
        std::find_if(m_users.cbegin(), m_users.cend(), [id](const User& u) { return u.id == id; });
    if (user == m_users.cend())
        return;
    const qint64 now = m_clock.nowMs();
    const QTimeZone zone(user->timeZone.toUtf8());
    IsoWeek week = IsoWeek::containing(now, zone.isValid() ? zone : QTimeZone::utc());
    const QLocale locale;
    for (int i = 0; i < 53; ++i, week = week.previous()) {
        // Short entries keep the controls on one line in every language; the dates are in
        // the tooltip and in the report's heading.
        m_week->addItem(i == 0 ? tr("%1 (so far)").arg(week.toString()) : week.toString(),
                        week.toString());
        m_week->setItemData(
            m_week->count() - 1,
            tr("%1 – %2").arg(locale.toString(week.monday(), QLocale::LongFormat),
                              locale.toString(week.monday().addDays(6), QLocale::LongFormat)),
            Qt::ToolTipRole);
    }
    Result<IsoWeek> complete = WeeklyReportService::lastCompleteWeek(*user, now);
    const int keep = m_week->findData(current);
    m_week->setCurrentIndex(
        keep >= 0 ? keep : std::max(0, complete ? m_week->findData(complete->toString()) : 0));
}

void ReportsPage::reload() {
    if (m_user->currentIndex() < 0)
        return;
    const qint64 userId = m_user->currentData().toLongLong();
    const QString week = m_week->currentData().toString();
    m_token = RequestIds::next();
    m_loading = true;
    m_reader->want(m_token);
    const quint64 token = m_token;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, token, userId, week] { reader->load(token, userId, week); },
        Qt::QueuedConnection);
    updateControls();
}

void ReportsPage::onLoaded(quint64 token, const ReportData& data) {
    if (token != m_token)
        return;
    m_loading = false;
    m_data = data;
    if (!data.error.isEmpty())
        m_message->show(MessageBar::Kind::Error,
                        tr("The report cannot be shown: %1").arg(data.error));
    else if (m_message->kind() == MessageBar::Kind::Error)
        m_message->hide();
    showData();
    updateControls();
}

void ReportsPage::showData() {
    if (!m_data.error.isEmpty()) {
        m_heading->clear();
        m_origin->clear();
        m_warnings->hide();
        m_figures->clear();
        m_charts->setData(ReportData{});
        return;
    }
    m_heading->setText(ReportSummary::heading(m_data));
    m_origin->setText(ReportSummary::origin(m_data));
    const QStringList warnings = ReportSummary::warnings(m_data.report);
    m_warnings->setText(warnings.isEmpty()
                            ? QString()
                            : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!warnings.isEmpty());
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto& [name, value] : ReportSummary::figures(m_data.report))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    auto list = [&html](const QString& title, const QStringList& lines) {
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-left: 12px; -qt-list-indent: "
                               "0;'>")
                    .arg(title.toHtmlEscaped());
        for (const QString& line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    };
    list(tr("Lead sources"), ReportSummary::sourceLines(m_data.report));
    list(tr("Quotas this month"), ReportSummary::quotaLines(m_data.report));
    m_figures->setText(html);
    m_charts->setData(m_data);
}

QString ReportsPage::figuresText() const {
    return m_heading->text() + QLatin1Char('\n') + m_origin->text() + QLatin1Char('\n') +
           QTextDocumentFragment::fromHtml(m_figures->text()).toPlainText();
}

QString ReportsPage::warningsText() const {
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void ReportsPage::chooseExportFile(bool pdf) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("report-%1-%2.%3")
                             .arg(m_data.report.userId)
                             .arg(m_data.week, pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    auto* dialog = new QFileDialog(
        this, pdf ? tr("Export report as PDF") : tr("Export report as CSV"),
        folder + QLatin1Char('/') + name, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop while the engine keeps sending signals.
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString& path) {
        if (pdf)
            exportPdf(path);
        else
            exportCsv(path);
    });
    dialog->open();
}

QString ReportsPage::exportCsv(const QString& path) {
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(ReportCsv::render(m_data)) < 0 || !file.commit())
        error = file.errorString();
    if (error.isEmpty())
        m_message->show(MessageBar::Kind::Positive, tr("Report saved as %1.").arg(path));
    else
        m_message->show(MessageBar::Kind::Error, tr("The report was not saved: %1").arg(error));
    return error;
}

QString ReportsPage::exportPdf(const QString& path) {
    const QString error = ReportPdf::write(path, m_data, *m_charts);
    if (error.isEmpty())
        m_message->show(MessageBar::Kind::Positive, tr("Report saved as %1.").arg(path));
    else
        m_message->show(MessageBar::Kind::Error, tr("The report was not saved: %1").arg(error));
    return error;
}

void ReportsPage::updateControls() {
    const bool shown = !m_loading && m_data.error.isEmpty() && m_data.userId > 0;
    m_exportPdf->setEnabled(shown);
    m_exportCsv->setEnabled(shown);
    m_refresh->setEnabled(m_user->count() > 0);
}

} // namespace outreach::ui
