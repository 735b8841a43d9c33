#include "cli/CliContext.h"

#include "cli/CommandLine.h"
#include "core/TimeFormat.h"
#include "store/Migrator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace outreach::cli {

CliContext::CliContext(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

CliContext::~CliContext() = default;

QString CliContext::defaultDatabasePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("outreach.db"));
}

Status CliContext::configure(const CommandLine& line) {
    m_json = line.json();
    const auto env = QProcessEnvironment::systemEnvironment();

    QString url = line.dbUrl();
    QString field = QStringLiteral("db");
    if (url.isEmpty()) {
        url = env.value(QStringLiteral("OUTREACH_DB"));
        field = QStringLiteral("OUTREACH_DB");
    }
    if (url.isEmpty())
        url = QStringLiteral("sqlite:") + defaultDatabasePath();
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(field, url);
    if (!parsed)
        return parsed.error();
    m_database = std::make_unique<Database>(*parsed);

    QString now = line.now();
    field = QStringLiteral("now");
    if (now.isEmpty()) {
        now = env.value(QStringLiteral("OUTREACH_NOW"));
        field = QStringLiteral("OUTREACH_NOW");
    }
    if (now.isEmpty()) {
        m_clock = std::make_unique<SystemClock>();
    } else {
        Result<QDateTime> instant = TimeFormat::parseInstant(field, now);
        if (!instant)
            return instant.error();
        auto manual = std::make_unique<ManualClock>(*instant);
        m_manualClock = manual.get();
        m_clock = std::move(manual);
    }
    return Status::success();
}

Result<const Database*> CliContext::database() {
    if (!m_verified) {
        if (Status current = Migrator(*m_database).verifyCurrent(); !current)
            return current.error();
        m_verified = true;
    }
    return m_database.get();
}

void CliContext::print(const QJsonValue& json, const QString& text) {
    if (m_json) {
        const QJsonDocument document =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << document.toJson(QJsonDocument::Indented);
    } else if (!text.isEmpty()) {
        m_out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            m_out << '\n';
    }
    m_out.flush();
}

} // namespace outreach::cli
