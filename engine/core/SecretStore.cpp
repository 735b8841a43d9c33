#include "core/SecretStore.h"

#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace outreach {
namespace {

const QString serviceName = QStringLiteral("outreach-console");
constexpr int keychainTimeoutMs = 5000;

// QtKeychain jobs are asynchronous; these calls are made from the CLI and from short
// engine-side set-up steps, never from the GUI thread, so a bounded local wait is acceptable.
bool runJob(QKeychain::Job& job) {
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

bool SecretStore::keychainAvailable() {
    const auto env = QProcessEnvironment::systemEnvironment();
    if (env.value(QStringLiteral("OUTREACH_KEYCHAIN")) == QLatin1String("off"))
        return false;
    return !env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).isEmpty();
}

Result<bool> SecretStore::storeInKeychain(const QString& key, const QString& secret) {
    if (!keychainAvailable())
        return false;
    QKeychain::WritePasswordJob job(serviceName);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    return runJob(job);
}

Status SecretStore::removeFromKeychain(const QString& key) {
    if (!keychainAvailable())
        return Status::success();
    QKeychain::DeletePasswordJob job(serviceName);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job);
    return Status::success();
}

Result<QString> SecretStore::read(const QString& field, const QString& key, bool inKeychain,
                                  const QString& envName) {
    if (inKeychain && keychainAvailable()) {
        QKeychain::ReadPasswordJob job(serviceName);
        job.setAutoDelete(false);
        job.setKey(key);
        if (runJob(job))
            return job.textData();
    }
    if (!envName.isEmpty()) {
        const auto env = QProcessEnvironment::systemEnvironment();
        if (env.contains(envName))
            return env.value(envName);
        return Error::runtime(QStringLiteral("%1: the secret is not in the keychain and the "
                                             "environment variable %2 is not set")
                                  .arg(field, envName));
    }
    return Error::runtime(
        QStringLiteral("%1: no secret stored (no keychain entry and no environment variable)")
            .arg(field));
}

} // namespace outreach
