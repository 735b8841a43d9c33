#pragma once

#include "core/Error.h"
#include "data/CampaignPreviewContext.h"
#include "model/Campaign.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace outreach::ui {

class TemplatePreview;

// Creates or edits a campaign: every field of `outreachctl campaigns add`, the three templates
// and a live preview of the mail for one of the user's leads. Save checks the form with the
// engine's own rules (CampaignSetup) first; the first problem is shown under the form naming
// its field, and nothing is sent to be stored until the form is valid. The page stores the
// campaign on the editor thread and calls saved() or showError() with the answer.
// Opened with open(), never exec(): the engine's signals keep flowing while it is shown.
class CampaignDialog final : public QDialog {
    Q_OBJECT
public:
    CampaignDialog(const Campaign& campaign, const CampaignPreviewContext& preview,
                   QWidget* parent = nullptr);

    Campaign campaign() const; // the form's campaign (the id is the edited one's, or 0)
    QString errorText() const;
    TemplatePreview* preview() const { return m_preview; }

    void accept() override; // checks, then asks for the campaign to be saved
    void saved();           // the campaign is stored: closes the dialog
    void showError(const outreach::Error& error);

Q_SIGNALS:
    void saveRequested(const outreach::Campaign& campaign);

private:
    QWidget* fieldWidget(const QString& field) const;
    QString fieldLabel(const QString& field) const;
    void clearError();
    void scheduleChanged();
    void updatePreview();

    Campaign m_original;
    QLineEdit* m_name;
    QComboBox* m_schedule;
    QLineEdit* m_time;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QSpinBox* m_every;
    QComboBox* m_everyUnit;
    QSpinBox* m_dailyLimit;
    QCheckBox* m_followUp;
    QSpinBox* m_followUp1Days;
    QSpinBox* m_followUp2Days;
    QLineEdit* m_keywords;
    QLineEdit* m_subject;
    QTabWidget* m_bodies;
    QPlainTextEdit* m_body;
    QPlainTextEdit* m_followUp1Body;
    QPlainTextEdit* m_followUp2Body;
    TemplatePreview* m_preview;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QWidget* m_marked = nullptr;
    bool m_saving = false;
};

} // namespace outreach::ui
