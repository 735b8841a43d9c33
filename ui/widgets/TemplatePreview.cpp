#include "widgets/TemplatePreview.h"

#include "admin/CampaignSetup.h"
#include "mail/MailTemplate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace outreach::ui {

TemplatePreview::TemplatePreview(QWidget* parent)
    : QWidget(parent), m_lead(new QComboBox), m_renderedSubject(new QLabel),
      m_renderedBody(new QPlainTextEdit), m_error(new QLabel), m_delay(new QTimer(this)) {
    m_lead->setObjectName(QStringLiteral("previewLead"));
    m_renderedSubject->setObjectName(QStringLiteral("previewSubject"));
    m_renderedBody->setObjectName(QStringLiteral("previewBody"));
    m_error->setObjectName(QStringLiteral("previewError"));
    m_lead->setAccessibleName(tr("Preview for lead"));
    m_renderedBody->setAccessibleName(tr("Rendered body"));
    m_renderedBody->setReadOnly(true);
    m_renderedSubject->setTextFormat(Qt::PlainText); // a subject is text, never markup
    m_renderedSubject->setWordWrap(true);
    m_renderedSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    // Render after a pause in typing, not on every key.
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);

    auto* leadLabel = new QLabel(tr("Preview &for:"));
    leadLabel->setBuddy(m_lead);
    auto* form = new QFormLayout;
    form->addRow(leadLabel, m_lead);
    form->addRow(tr("Subject:"), m_renderedSubject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_renderedBody, 1);
    layout->addWidget(m_error);

    connect(m_delay, &QTimer::timeout, this, &TemplatePreview::render);
    connect(m_lead, &QComboBox::currentIndexChanged, this, &TemplatePreview::render);
    setContext({});
}

Lead TemplatePreview::exampleLead() {
    Lead lead;
    lead.email = QStringLiteral("jane.doe@example.com");
    lead.firstName = QStringLiteral("Jane");
    lead.lastName = QStringLiteral("Doe");
    lead.company = QStringLiteral("Example Ltd");
    lead.title = QStringLiteral("Head of Marketing");
    return lead;
}

void TemplatePreview::setContext(const CampaignPreviewContext& context) {
    m_context = context;
    m_leads = context.leads;
    const QSignalBlocker quiet(m_lead);
    m_lead->clear();
    if (m_leads.isEmpty()) {
        m_leads << exampleLead();
        m_lead->addItem(tr("Example lead (the user has no leads yet)"));
    } else {
        for (const Lead& lead : m_leads) {
            const QString name =
                QStringLiteral("%1 %2").arg(lead.firstName, lead.lastName).trimmed();
            m_lead->addItem(name.isEmpty() ? lead.email
                                           : QStringLiteral("%1 <%2>").arg(name, lead.email));
        }
    }
    m_lead->setCurrentIndex(0);
    render();
}

void TemplatePreview::setTemplates(const QString& campaignName, const QString& subject,
                                   const QString& body, const QString& bodyField, bool followUp) {
    m_campaignName = campaignName;
    m_subject = subject;
    m_body = body;
    m_bodyField = bodyField;
    m_followUp = followUp;
    m_delay->start();
}

void TemplatePreview::selectLead(int index) {
    m_lead->setCurrentIndex(index);
}

int TemplatePreview::leadCount() const {
    return int(m_leads.size());
}

void TemplatePreview::renderNow() {
    m_delay->stop();
    render();
}

void TemplatePreview::render() {
    const int index = std::max(0, m_lead->currentIndex());
    const Lead lead = m_leads.value(index, exampleLead());
    const QHash<QString, QString> values =
        CampaignSetup::templateValues(lead, m_context.sender, m_context.user, m_campaignName);
    QStringList problems;
    Result<mail::MailTemplate> subject = mail::MailTemplate::parse(
        QStringLiteral("subject"), m_subject, mail::MailTemplate::Kind::SingleLine);
    if (subject) {
        const QString text = subject->render(values);
        // As CampaignMailer: a follow-up continues the thread of the first email.
        m_renderedSubject->setText(m_followUp ? CampaignSetup::followUpSubject(text) : text);
    } else {
        problems << subject.error().message;
        m_renderedSubject->clear();
    }
    Result<mail::MailTemplate> body = mail::MailTemplate::parse(m_bodyField, m_body);
    if (body) {
        m_renderedBody->setPlainText(body->render(values));
    } else {
        problems << body.error().message;
        m_renderedBody->clear();
    }
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!problems.isEmpty());
}

QString TemplatePreview::renderedSubject() const {
    return m_renderedSubject->text();
}

QString TemplatePreview::renderedBody() const {
    return m_renderedBody->toPlainText();
}

QString TemplatePreview::errorText() const {
    return m_error->text();
}

} // namespace outreach::ui
