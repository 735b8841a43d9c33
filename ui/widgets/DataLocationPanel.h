#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace outreach::ui {

class MessageBar;

// Where the data lives now (credentials already redacted) and where it should live from the
// next start: an SQLite file chosen in a file dialog or a PostgreSQL URL, checked by the
// engine's DatabaseUrl parser and kept by SavedDataLocation. --db and OUTREACH_DB still win
// over the saved choice, so the panel says so. Nothing moves or reconnects while running.
class DataLocationPanel final : public QWidget {
    Q_OBJECT
public:
    explicit DataLocationPanel(const QString& current, QWidget* parent = nullptr);

    void setSqliteFile(const QString& path);
    void setPostgresUrl(const QString& url);
    bool save(); // false (and an error shown) when the location is refused
    void useDefault();

    QString savedText() const;
    MessageBar* messageBar() const { return m_message; }

private:
    void browse();
    void showSaved();
    void updateControls();

    MessageBar* m_message;
    QLabel* m_saved;
    QRadioButton* m_sqlite;
    QRadioButton* m_postgres;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLineEdit* m_url;
};

} // namespace outreach::ui
