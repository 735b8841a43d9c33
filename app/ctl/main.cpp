#include "cli/Ctl.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outreach-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_TEXT));
    QTextStream out(stdout);
    QTextStream err(stderr);
    outreach::cli::Ctl ctl;
    return ctl.run(app.arguments().mid(1), out, err);
}
