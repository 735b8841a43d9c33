#include "dialogs/CampaignDialog.h"

#include "admin/CampaignSetup.h"
#include "mail/MailTemplate.h"
#include "models/CampaignsModel.h"
#include "widgets/TemplatePreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace outreach::ui {
namespace {

enum BodyTab { InitialTab, FollowUp1Tab, FollowUp2Tab };

} // namespace

CampaignDialog::CampaignDialog(const Campaign& campaign, const CampaignPreviewContext& preview,
                               QWidget* parent)
    : QDialog(parent), m_original(campaign), m_name(new QLineEdit), m_schedule(new QComboBox),
      m_time(new QLineEdit), m_start(new QLineEdit), m_end(new QLineEdit), m_every(new QSpinBox),
      m_everyUnit(new QComboBox), m_dailyLimit(new QSpinBox),
      m_followUp(new QCheckBox(tr("Send &follow-ups"))), m_followUp1Days(new QSpinBox),
      m_followUp2Days(new QSpinBox), m_keywords(new QLineEdit), m_subject(new QLineEdit),
      m_bodies(new QTabWidget), m_body(new QPlainTextEdit), m_followUp1Body(new QPlainTextEdit),
      m_followUp2Body(new QPlainTextEdit), m_preview(new TemplatePreview), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel)) {
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(campaign.id ? tr("Edit campaign %1").arg(campaign.name) : tr("New campaign"));
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_schedule->setObjectName(QStringLiteral("campaignSchedule"));
    m_time->setObjectName(QStringLiteral("campaignTime"));
    m_start->setObjectName(QStringLiteral("campaignStart"));
    m_end->setObjectName(QStringLiteral("campaignEnd"));
    m_every->setObjectName(QStringLiteral("campaignEvery"));
    m_everyUnit->setObjectName(QStringLiteral("campaignEveryUnit"));
    m_dailyLimit->setObjectName(QStringLiteral("campaignDailyLimit"));
    m_followUp->setObjectName(QStringLiteral("campaignFollowUp"));
    m_followUp1Days->setObjectName(QStringLiteral("campaignFollowUp1Days"));
    m_followUp2Days->setObjectName(QStringLiteral("campaignFollowUp2Days"));
    m_keywords->setObjectName(QStringLiteral("campaignKeywords"));
    m_subject->setObjectName(QStringLiteral("campaignSubject"));
    m_body->setObjectName(QStringLiteral("campaignBody"));
    m_followUp1Body->setObjectName(QStringLiteral("campaignFollowUp1Body"));
    m_followUp2Body->setObjectName(QStringLiteral("campaignFollowUp2Body"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_error->setObjectName(QStringLiteral("campaignError"));
    m_body->setAccessibleName(tr("Initial email body"));
    m_followUp1Body->setAccessibleName(tr("Follow-up 1 body"));
    m_followUp2Body->setAccessibleName(tr("Follow-up 2 body"));

    for (const QString& type : {QStringLiteral("daily"), QStringLiteral("once"),
                                QStringLiteral("recurring"), QStringLiteral("manual")})
        m_schedule->addItem(CampaignsModel::scheduleName(type), type);
    m_time->setPlaceholderText(tr("HH:MM in the user's time zone"));
    m_start->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    m_end->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    m_every->setRange(1, 999);
    m_everyUnit->addItem(tr("days"), 1);
    m_everyUnit->addItem(tr("weeks"), 7);
    m_dailyLimit->setRange(0, 100000);
    m_dailyLimit->setToolTip(tr("Initial emails per day at most; 0 sends none"));
    // `--follow-up D1,D2` takes day counts of 1 or more.
    m_followUp1Days->setRange(1, 365);
    m_followUp2Days->setRange(1, 365);
    m_followUp1Days->setSuffix(tr(" days after the first email"));
    m_followUp2Days->setSuffix(tr(" days after follow-up 1"));
    m_keywords->setPlaceholderText(tr("Comma-separated, e.g. saas, fintech"));
    m_subject->setPlaceholderText(tr("e.g. A quick idea for {{company|your team}}"));
    m_body->setPlaceholderText(tr("Hi {{firstName|there}},\n\n…"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();

    // The form shows the campaign as stored.
    m_name->setText(campaign.name);
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(campaign.scheduleType)));
    m_time->setText(campaign.scheduleTime);
    m_start->setText(campaign.startDate);
    m_end->setText(campaign.endDate);
    const bool weeks = campaign.recurrenceDays > 0 && campaign.recurrenceDays % 7 == 0;
    m_everyUnit->setCurrentIndex(weeks ? 1 : 0);
    m_every->setValue(std::max(1, weeks ? campaign.recurrenceDays / 7 : campaign.recurrenceDays));
    m_dailyLimit->setValue(campaign.dailyLimit);
    m_followUp->setChecked(campaign.followUpEnabled);
    m_followUp1Days->setValue(campaign.followUp1DelayDays);
    m_followUp2Days->setValue(campaign.followUp2DelayDays);
    m_keywords->setText(campaign.keywords.join(QStringLiteral(", ")));
    m_subject->setText(campaign.subject);
    m_body->setPlainText(campaign.bodyInitial);
    m_followUp1Body->setPlainText(campaign.bodyFollowUp1);
    m_followUp2Body->setPlainText(campaign.bodyFollowUp2);

    auto* every = new QHBoxLayout;
    every->addWidget(m_every);
    every->addWidget(m_everyUnit, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Schedule:"), m_schedule);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("Start &date:"), m_start);
    form->addRow(tr("&End date:"), m_end);
    // A row holding a layout gets no buddy by itself: without one "&" would show as typed.
    auto* everyLabel = new QLabel(tr("E&very:"));
    everyLabel->setBuddy(m_every);
    form->addRow(everyLabel, every);
    form->addRow(tr("Daily &limit:"), m_dailyLimit);
    form->addRow(QString(), m_followUp);
    form->addRow(tr("Follow-up &1:"), m_followUp1Days);
    form->addRow(tr("Follow-up &2:"), m_followUp2Days);
    form->addRow(tr("&Keywords:"), m_keywords);
    form->addRow(tr("S&ubject:"), m_subject);
    m_bodies->addTab(m_body, tr("Initial email"));
    m_bodies->addTab(m_followUp1Body, tr("Follow-up 1"));
    m_bodies->addTab(m_followUp2Body, tr("Follow-up 2"));

    QStringList names;
    for (const auto& variable : mail::MailTemplate::knownVariables())
        names << QStringLiteral("{{%1}}").arg(variable.name);
    auto* variables = new QLabel(tr("Variables: %1. A fallback follows a bar: {{firstName|there}}.")
                                     .arg(names.join(QStringLiteral(", "))));
    variables->setTextFormat(Qt::PlainText);
    variables->setWordWrap(true);

    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_bodies, 1);
    editorLayout->addWidget(variables);
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewTitle = new QLabel(tr("<b>Preview</b>"));
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_preview, 1);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(editor);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(1000, 680);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &CampaignDialog::scheduleChanged);
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        m_followUp1Days->setEnabled(on);
        m_followUp2Days->setEnabled(on);
    });
    for (QLineEdit* line : {m_name, m_time, m_start, m_end, m_keywords, m_subject})
        connect(line, &QLineEdit::textEdited, this, &CampaignDialog::clearError);
    for (QPlainTextEdit* text : {m_body, m_followUp1Body, m_followUp2Body}) {
        connect(text, &QPlainTextEdit::textChanged, this, &CampaignDialog::updatePreview);
        connect(text, &QPlainTextEdit::textChanged, this, &CampaignDialog::clearError);
    }
    connect(m_subject, &QLineEdit::textChanged, this, &CampaignDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &CampaignDialog::updatePreview);
    connect(m_bodies, &QTabWidget::currentChanged, this, &CampaignDialog::updatePreview);

    m_followUp1Days->setEnabled(campaign.followUpEnabled);
    m_followUp2Days->setEnabled(campaign.followUpEnabled);
    scheduleChanged();
    m_preview->setContext(preview);
    updatePreview();
    m_preview->renderNow();
}

void CampaignDialog::scheduleChanged() {
    const QString type = m_schedule->currentData().toString();
    const bool recurring = type == QLatin1String("recurring");
    m_every->setEnabled(recurring);
    m_everyUnit->setEnabled(recurring);
    m_time->setEnabled(type != QLatin1String("manual"));
    clearError();
}

void CampaignDialog::updatePreview() {
    const int tab = m_bodies->currentIndex();
    const QPlainTextEdit* body = tab == FollowUp1Tab   ? m_followUp1Body
                                 : tab == FollowUp2Tab ? m_followUp2Body
                                                       : m_body;
    const QString field = tab == FollowUp1Tab   ? QStringLiteral("followup1-body")
                          : tab == FollowUp2Tab ? QStringLiteral("followup2-body")
                                                : QStringLiteral("body");
    m_preview->setTemplates(m_name->text().trimmed(), m_subject->text(), body->toPlainText(), field,
                            tab != InitialTab);
}

Campaign CampaignDialog::campaign() const {
    Campaign c = m_original;
    c.name = m_name->text().trimmed();
    c.scheduleType = m_schedule->currentData().toString();
    c.scheduleTime = m_time->text().trimmed();
    c.startDate = m_start->text().trimmed();
    c.endDate = m_end->text().trimmed();
    // Only a recurring campaign uses its interval; another keeps what it had (the CLI lets
    // `--every` be given with any schedule).
    c.recurrenceDays = c.scheduleType == QLatin1String("recurring")
                           ? m_every->value() * m_everyUnit->currentData().toInt()
                           : m_original.recurrenceDays;
    c.dailyLimit = m_dailyLimit->value();
    c.followUpEnabled = m_followUp->isChecked();
    c.followUp1DelayDays = m_followUp1Days->value();
    c.followUp2DelayDays = m_followUp2Days->value();
    c.keywords.clear();
    for (const QString& keyword : m_keywords->text().split(QLatin1Char(',')))
        if (!keyword.trimmed().isEmpty())
            c.keywords.append(keyword.trimmed());
    c.subject = m_subject->text();
    c.bodyInitial = m_body->toPlainText();
    c.bodyFollowUp1 = m_followUp1Body->toPlainText();
    c.bodyFollowUp2 = m_followUp2Body->toPlainText();
    return c;
}

void CampaignDialog::accept() {
    if (m_saving)
        return;
    Campaign draft = campaign();
    if (draft.id == 0)
        draft.status = CampaignSetup::initialStatus(draft.scheduleType);
    if (Status valid = CampaignSetup::check(draft); !valid)
        return showError(valid.error());
    clearError();
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Saving…"));
    Q_EMIT saveRequested(draft);
}

void CampaignDialog::saved() {
    m_saving = false;
    QDialog::accept();
}

QWidget* CampaignDialog::fieldWidget(const QString& field) const {
    const QHash<QString, QWidget*> widgets{{QStringLiteral("name"), m_name},
                                           {QStringLiteral("schedule"), m_schedule},
                                           {QStringLiteral("time"), m_time},
                                           {QStringLiteral("start"), m_start},
                                           {QStringLiteral("end"), m_end},
                                           {QStringLiteral("every"), m_every},
                                           {QStringLiteral("daily-limit"), m_dailyLimit},
                                           {QStringLiteral("follow-up"), m_followUp1Days},
                                           {QStringLiteral("keywords"), m_keywords},
                                           {QStringLiteral("subject"), m_subject},
                                           {QStringLiteral("body"), m_body},
                                           {QStringLiteral("followup1-body"), m_followUp1Body},
                                           {QStringLiteral("followup2-body"), m_followUp2Body}};
    return widgets.value(field);
}

QString CampaignDialog::fieldLabel(const QString& field) const {
    const QHash<QString, QString> labels{{QStringLiteral("name"), tr("Name")},
                                         {QStringLiteral("schedule"), tr("Schedule")},
                                         {QStringLiteral("time"), tr("Time")},
                                         {QStringLiteral("start"), tr("Start date")},
                                         {QStringLiteral("end"), tr("End date")},
                                         {QStringLiteral("every"), tr("Every")},
                                         {QStringLiteral("daily-limit"), tr("Daily limit")},
                                         {QStringLiteral("follow-up"), tr("Follow-up")},
                                         {QStringLiteral("keywords"), tr("Keywords")},
                                         {QStringLiteral("subject"), tr("Subject")},
                                         {QStringLiteral("body"), tr("Initial email")},
                                         {QStringLiteral("followup1-body"), tr("Follow-up 1")},
                                         {QStringLiteral("followup2-body"), tr("Follow-up 2")}};
    return labels.value(field);
}

void CampaignDialog::showError(const Error& error) {
    m_saving = false;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    // The engine's message starts with its field ("time: …"); the form names it as labelled.
    QString reason = error.message;
    const QString prefix = error.field + QStringLiteral(": ");
    if (!error.field.isEmpty() && reason.startsWith(prefix))
        reason = reason.mid(prefix.size());
    const QString label = fieldLabel(error.field);
    m_error->setText(label.isEmpty() ? tr("Not saved: %1").arg(error.message)
                                     : tr("Not saved — %1: %2").arg(label, reason));
    m_error->show();
    if (m_marked)
        m_marked->setStyleSheet(QString());
    m_marked = fieldWidget(error.field);
    if (!m_marked)
        return;
    if (m_marked == m_body || m_marked == m_followUp1Body || m_marked == m_followUp2Body)
        m_bodies->setCurrentWidget(m_marked);
    if (!m_followUp->isChecked() && (m_marked == m_followUp1Days))
        m_followUp->setChecked(true);
    m_marked->setStyleSheet(QStringLiteral("border: 2px solid #b3261e;"));
    m_marked->setFocus();
}

QString CampaignDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void CampaignDialog::clearError() {
    if (m_saving)
        return;
    m_error->hide();
    m_error->clear();
    if (m_marked)
        m_marked->setStyleSheet(QString());
    m_marked = nullptr;
}

} // namespace outreach::ui
