#include "outbox/DeliveryPolicy.h"

#include "outbox/UnsubscribeLink.h"
#include "store/EngineSettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace outreach {

QString DeliveryPolicy::defaultOwner() {
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

qint64 DeliveryPolicy::nextAttemptAt(qint64 nowMs, int attempts) const {
    qint64 delay = backoffBaseMs;
    for (int i = 1; i < attempts && delay < backoffMaxMs; ++i)
        delay *= 2;
    return nowMs + std::min(delay, backoffMaxMs);
}

Status DeliveryPolicy::validate() const {
    auto bad = [](const char* field, const QString& why) {
        return Error::badInput(QString::fromLatin1(field),
                               QStringLiteral("%1: %2").arg(QString::fromLatin1(field), why));
    };
    if (owner.isEmpty())
        return bad("owner", QStringLiteral("is empty"));
    if (perUserLimit < 1)
        return bad("perUserLimit", QStringLiteral("must be at least 1"));
    if (maxAttempts < 1)
        return bad("maxAttempts", QStringLiteral("must be at least 1"));
    if (backoffBaseMs < 0 || backoffMaxMs < backoffBaseMs)
        return bad("backoff", QStringLiteral("needs 0 <= base <= max"));
    if (leaseMs < 1000)
        return bad("leaseMs", QStringLiteral("must be at least one second"));
    if (connectionsPerServer < 1 || maxInFlight < 1 || settleBatch < 1 || settleDelayMs < 0)
        return bad("connections", QStringLiteral("limits must be positive"));
    if (!unsubscribeUrlTemplate.isEmpty())
        if (Status ok = UnsubscribeLink::validateUrlTemplate(
                QString::fromLatin1(kUnsubscribeUrlKey), unsubscribeUrlTemplate);
            !ok)
            return ok;
    if (!dryRunDirectory.isEmpty() && !QDir::isAbsolutePath(dryRunDirectory))
        return bad(kDryRunDirKey,
                   QStringLiteral("'%1' is not an absolute path").arg(dryRunDirectory));
    return Status::success();
}

Result<DeliveryPolicy> DeliveryPolicy::fromAgencySettings(const Database& database,
                                                          const Clock& clock, DeliveryPolicy base) {
    const EngineSettingsRepository settings(database, clock);
    auto read = [&](const char* key) -> Result<QString> {
        Result<std::optional<QString>> value = settings.value(QString::fromLatin1(key));
        if (!value)
            return value.error();
        return value->value_or(QString()).trimmed();
    };
    Result<QString> url = read(kUnsubscribeUrlKey);
    if (!url)
        return url.error();
    if (!url->isEmpty())
        base.unsubscribeUrlTemplate = *url;
    Result<QString> dir = read(kDryRunDirKey);
    if (!dir)
        return dir.error();
    if (!dir->isEmpty())
        base.dryRunDirectory =
            dir->startsWith(QLatin1String("file:")) ? QUrl(*dir).toLocalFile() : *dir;
    Result<QString> attempts = read(kMaxAttemptsKey);
    if (!attempts)
        return attempts.error();
    if (!attempts->isEmpty()) {
        bool ok = false;
        const int n = attempts->toInt(&ok);
        if (!ok || n < 1 || n > 100)
            return Error::badInput(QString::fromLatin1(kMaxAttemptsKey),
                                   QStringLiteral("%1: '%2' is not a number from 1 to 100")
                                       .arg(QString::fromLatin1(kMaxAttemptsKey), *attempts));
        base.maxAttempts = n;
    }
    if (Status ok = base.validate(); !ok)
        return ok.error();
    return base;
}

} // namespace outreach
