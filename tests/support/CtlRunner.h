#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace outreach::test {

// Runs the real `outreachctl` binary, as a script would, and keeps what it printed.
struct CtlResult {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

CtlResult runCtl(const QString& dbUrl, const QStringList& arguments,
                 const QProcessEnvironment& extraEnv = {});

} // namespace outreach::test
