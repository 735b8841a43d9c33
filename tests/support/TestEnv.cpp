#include "TestEnv.h"

#include <QProcessEnvironment>

namespace outreach::test {

QString scriptsDir() {
    return QStringLiteral(OUTREACH_TEST_SCRIPTS_DIR);
}

QString outreachctl() {
    return QStringLiteral(OUTREACHCTL_PATH);
}

QString python() {
    const QString configured = QProcessEnvironment::systemEnvironment().value("OUTREACH_PYTHON");
    return configured.isEmpty() ? QStringLiteral("/usr/bin/python3") : configured;
}

} // namespace outreach::test
