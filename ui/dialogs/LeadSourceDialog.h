#pragma once

#include "core/Result.h"
#include "model/LeadSource.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace outreach::ui {

class MessageBar;

// Adds or edits one lead source (like `outreachctl sources add`): kind, URL or CSV file,
// monthly quota, cost per call, and the API key, which goes to the keychain or is read from
// a named environment variable. OK validates with LeadSourceSetup::validate.
class LeadSourceDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LeadSourceDialog(QWidget* parent = nullptr);

    void setSource(const LeadSource& source);
    LeadSource source() const { return m_source; } // valid after accept
    QString apiKey() const;
    QString reason() const;
    QString errorText() const;

    void accept() override;

private:
    Status check();

    LeadSource m_source;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_apiKey;
    QLineEdit* m_apiKeyEnv;
    QSpinBox* m_quota;
    QDoubleSpinBox* m_cost;
    QCheckBox* m_enabled;
    QLineEdit* m_reason;
    MessageBar* m_error;
};

} // namespace outreach::ui
