#include "CtlRunner.h"

#include "TestEnv.h"

#include <QProcess>

namespace outreach::test {

CtlResult runCtl(const QString& dbUrl, const QStringList& arguments,
                 const QProcessEnvironment& extraEnv) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OUTREACH_DB"));
    env.remove(QStringLiteral("OUTREACH_NOW"));
    env.insert(QStringLiteral("OUTREACH_KEYCHAIN"), QStringLiteral("off"));
    for (const QString& key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    QStringList all;
    if (!dbUrl.isEmpty())
        all << QStringLiteral("--db") << dbUrl;
    all << arguments;
    process.start(outreachctl(), all);
    process.waitForFinished(120000);
    CtlResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace outreach::test
