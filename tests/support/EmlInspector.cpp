#include "EmlInspector.h"

#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace outreach::test {

QJsonObject EmlInspector::parse(const QByteArray& message) {
    QProcess process;
    process.start(python(), {scriptsDir() + QStringLiteral("/parse_eml.py"), QStringLiteral("-")});
    process.write(message);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(process.readAllStandardError())}};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QStringList EmlInspector::headerValues(const QJsonObject& parsed, const QString& name) {
    QStringList values;
    for (const QJsonValue& header : parsed.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            values << pair.at(1).toString();
    }
    return values;
}

} // namespace outreach::test
