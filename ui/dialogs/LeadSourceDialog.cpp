#include "dialogs/LeadSourceDialog.h"

#include "admin/LeadSourceSetup.h"
#include "core/SecretStore.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace outreach::ui {

LeadSourceDialog::LeadSourceDialog(QWidget* parent)
    : QDialog(parent), m_kind(new QComboBox), m_url(new QLineEdit), m_apiKey(new QLineEdit),
      m_apiKeyEnv(new QLineEdit), m_quota(new QSpinBox), m_cost(new QDoubleSpinBox),
      m_enabled(new QCheckBox(tr("Use this source"))), m_reason(new QLineEdit),
      m_error(new MessageBar) {
    setObjectName(QStringLiteral("leadSourceDialog"));
    setWindowTitle(tr("Add lead source"));
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_apiKey->setObjectName(QStringLiteral("sourceApiKey"));
    m_apiKeyEnv->setObjectName(QStringLiteral("sourceApiKeyEnv"));
    m_quota->setObjectName(QStringLiteral("sourceMonthlyQuota"));
    m_cost->setObjectName(QStringLiteral("sourceCostPerCall"));
    m_enabled->setObjectName(QStringLiteral("sourceEnabled"));
    m_error->setObjectName(QStringLiteral("sourceError"));

    m_kind->addItem(tr("HTTP JSON API"), QStringLiteral("http-json"));
    m_kind->addItem(tr("CSV file"), QStringLiteral("csv"));
    m_kind->addItem(tr("Sample generator (demo)"), QStringLiteral("sample"));
    m_url->setPlaceholderText(tr("https://api.example/leads, or the CSV file's path"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKeyEnv->setPlaceholderText(tr("e.g. LEADS_API_KEY (read at call time)"));
    m_quota->setRange(0, 100'000'000);
    m_quota->setValue(1000);
    m_cost->setRange(0, 1'000'000);
    m_cost->setDecimals(4);
    m_enabled->setChecked(true);
    if (!SecretStore::keychainAvailable()) {
        m_apiKey->setEnabled(false);
        m_apiKey->setPlaceholderText(tr("no keychain in this session"));
        m_apiKey->setToolTip(tr("This session has no keychain. Put the key in an environment "
                                "variable and name it below."));
    }
    m_reason->setPlaceholderText(tr("optional, kept in the audit log"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL or file:"), m_url);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("API key &variable:"), m_apiKeyEnv);
    form->addRow(tr("&Monthly quota:"), m_quota);
    form->addRow(tr("&Cost per call:"), m_cost);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeadSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeadSourceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LeadSourceDialog::setSource(const LeadSource& source) {
    m_source = source;
    setWindowTitle(tr("Edit lead source %1").arg(source.id));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(source.kind)));
    m_url->setText(source.endpoint);
    m_apiKeyEnv->setText(source.apiKeyEnv);
    m_quota->setValue(source.monthlyQuota);
    m_cost->setValue(source.costPerCall);
    m_enabled->setChecked(source.enabled);
    if (m_apiKey->isEnabled() && source.secretInKeychain)
        m_apiKey->setPlaceholderText(tr("stored in the keychain; type to replace"));
}

QString LeadSourceDialog::apiKey() const {
    return m_apiKey->text();
}

QString LeadSourceDialog::reason() const {
    return m_reason->text().trimmed();
}

QString LeadSourceDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

Status LeadSourceDialog::check() {
    LeadSource draft = m_source;
    draft.kind = m_kind->currentData().toString();
    draft.endpoint = m_url->text().trimmed();
    draft.apiKeyEnv = m_apiKeyEnv->text().trimmed();
    draft.monthlyQuota = m_quota->value();
    draft.costPerCall = m_cost->value();
    draft.enabled = m_enabled->isChecked();
    if (Status valid = LeadSourceSetup::validate(draft); !valid)
        return valid;
    m_source = draft;
    return Status::success();
}

void LeadSourceDialog::accept() {
    if (Status ok = check(); !ok) {
        m_error->show(MessageBar::Kind::Error, ok.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace outreach::ui
