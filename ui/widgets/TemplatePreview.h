#pragma once

#include "data/CampaignPreviewContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace outreach::ui {

// Shows a campaign's subject and body as one chosen lead would receive them, rendered with the
// engine's MailTemplate and the values CampaignMailer uses. Template changes are rendered
// after a short pause in typing; a template that does not parse shows the parser's message
// (e.g. an unknown variable) instead of a preview.
class TemplatePreview final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDelayMs = 150;

    explicit TemplatePreview(QWidget* parent = nullptr);

    // The user's leads to choose from; an example lead when the user has none.
    void setContext(const CampaignPreviewContext& context);
    // followUp: the subject gets the "Re: " of a follow-up.
    void setTemplates(const QString& campaignName, const QString& subject, const QString& body,
                      const QString& bodyField, bool followUp);
    void selectLead(int index);
    int leadCount() const;
    void renderNow();

    QString renderedSubject() const;
    QString renderedBody() const;
    QString errorText() const; // empty when both templates render

    static Lead exampleLead();

private:
    void render();

    CampaignPreviewContext m_context;
    QList<Lead> m_leads;
    QString m_campaignName;
    QString m_subject;
    QString m_body;
    QString m_bodyField;
    bool m_followUp = false;
    QComboBox* m_lead;
    QLabel* m_renderedSubject;
    QPlainTextEdit* m_renderedBody;
    QLabel* m_error;
    QTimer* m_delay;
};

} // namespace outreach::ui
