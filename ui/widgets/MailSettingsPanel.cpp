#include "widgets/MailSettingsPanel.h"

#include "common/RequestIds.h"
#include "data/AgencySettingsEditor.h"
#include "outbox/DeliveryPolicy.h"
#include "widgets/MessageBar.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace outreach::ui {

MailSettingsPanel::MailSettingsPanel(AgencySettingsEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_message(new MessageBar), m_reason(new QLineEdit),
      m_save(new QPushButton(tr("&Save mail settings"))) {
    m_message->setObjectName(QStringLiteral("mailSettingsMessage"));
    m_save->setObjectName(QStringLiteral("saveMailSettings"));
    auto* form = new QFormLayout;
    struct Field {
        const char* key;
        QString label;
        QString hint;
    };
    const Field fields[] = {
        {DeliveryPolicy::kUnsubscribeUrlKey, tr("&Unsubscribe URL:"),
         tr("https://… with a {token} placeholder (List-Unsubscribe)")},
        {DeliveryPolicy::kDryRunDirKey, tr("&Dry-run folder:"),
         tr("absolute folder: every message is written there instead of being sent")},
        {DeliveryPolicy::kMaxAttemptsKey, tr("&Max attempts:"),
         tr("1–100, default 5: attempts before a message counts as failed")},
    };
    for (const Field& f : fields) {
        const QString key = QString::fromLatin1(f.key);
        auto* edit = new QLineEdit;
        edit->setObjectName(key);
        edit->setPlaceholderText(f.hint);
        edit->setToolTip(key);
        form->addRow(f.label, edit);
        m_fields.insert(key, edit);
    }
    m_reason->setPlaceholderText(tr("optional, kept in the audit log"));
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_editor, &AgencySettingsEditor::loaded, this, &MailSettingsPanel::onLoaded);
    connect(m_editor, &AgencySettingsEditor::done, this,
            [this](quint64 token, const QString& message) { onAnswer(token, true, message); });
    connect(m_editor, &AgencySettingsEditor::failed, this,
            [this](quint64 token, const QString& message) { onAnswer(token, false, message); });
    connect(m_save, &QPushButton::clicked, this, &MailSettingsPanel::save);
}

void MailSettingsPanel::reload() {
    if (m_token)
        return; // a save is on its way; its answer brings the stored values
    const quint64 token = RequestIds::next();
    m_token = token;
    QMetaObject::invokeMethod(
        m_editor, [editor = m_editor, token] { editor->load(token); }, Qt::QueuedConnection);
}

void MailSettingsPanel::onLoaded(quint64 token, const QMap<QString, QString>& values) {
    if (token != m_token)
        return;
    m_stored = values;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (QLineEdit* edit = m_fields.value(it.key()))
            edit->setText(it.value());
    // A plain load ends here; a save's answer (done or failed) follows its reload.
    if (!m_save->isEnabled())
        return;
    m_token = 0;
}

void MailSettingsPanel::save() {
    if (m_token)
        return;
    QMap<QString, QString> changed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.value()->text().trimmed() != m_stored.value(it.key()))
            changed.insert(it.key(), it.value()->text().trimmed());
    const quint64 token = RequestIds::next();
    m_token = token;
    m_save->setEnabled(false);
    QMetaObject::invokeMethod(
        m_editor,
        [editor = m_editor, token, changed, reason = m_reason->text().trimmed()] {
            editor->change(token, changed, reason);
        },
        Qt::QueuedConnection);
}

void MailSettingsPanel::onAnswer(quint64 token, bool ok, const QString& message) {
    if (token != m_token)
        return;
    m_token = 0;
    m_save->setEnabled(true);
    m_message->show(ok ? MessageBar::Kind::Positive : MessageBar::Kind::Error, message);
}

} // namespace outreach::ui
