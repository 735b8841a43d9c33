#pragma once

#include <QMap>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace outreach::ui {

class AgencySettingsEditor;
class MessageBar;

// The agency-wide mail settings (`outreachctl settings`): one-click unsubscribe URL, dry-run
// folder, attempts before a message fails. Save sends the changed fields to the
// AgencySettingsEditor, which checks each with the send path's own rules; a refused value is
// named in the message and not stored, and the fields then show what is stored.
class MailSettingsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit MailSettingsPanel(AgencySettingsEditor* editor, QWidget* parent = nullptr);

    void reload();
    void save();
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    MessageBar* messageBar() const { return m_message; }
    bool isBusy() const { return m_token != 0; }

private:
    void onLoaded(quint64 token, const QMap<QString, QString>& values);
    void onAnswer(quint64 token, bool ok, const QString& message);

    AgencySettingsEditor* m_editor;
    MessageBar* m_message;
    QMap<QString, QLineEdit*> m_fields;
    QMap<QString, QString> m_stored;
    QLineEdit* m_reason;
    QPushButton* m_save;
    quint64 m_token = 0;
};

} // namespace outreach::ui
