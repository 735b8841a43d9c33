#include "admin/LeadSourceSetup.h"

#include "admin/SenderAccountSetup.h"
#include "core/SecretStore.h"
#include "store/AuditedChange.h"
#include "store/UserScope.h"

#include <QJsonDocument>
#include <QUrl>
#include <cmath>

namespace outreach {
namespace {

Result<LeadSourceSetup::Saved> placeKey(const UserScope& scope, const LeadSource& source,
                                        const std::optional<QString>& apiKey) {
    LeadSourceSetup::Saved saved{source, source.secretInKeychain ? SecretPlacement::Keychain
                                         : source.apiKeyEnv.isEmpty()
                                             ? SecretPlacement::None
                                             : SecretPlacement::Environment};
    if (!apiKey)
        return saved;
    Result<bool> stored = SecretStore::storeInKeychain(source.keychainKey(), *apiKey);
    if (stored && *stored) {
        if (Status marked = scope.sources().setSecretInKeychain(source.id, true); !marked)
            return marked.error();
        saved.source.secretInKeychain = true;
        saved.secret = SecretPlacement::Keychain;
    }
    return saved;
}

Status audited(const Database& database, const Clock& clock, const UserScope& scope,
               AuditEntry entry, const std::function<Result<LeadSource>()>& change,
               LeadSource& out) {
    return runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        Result<LeadSource> done = change();
        if (!done)
            return done.error();
        out = *done;
        audit.targetId = QString::number(out.id);
        audit.userId = scope.userId();
        audit.details =
            QString::fromUtf8(QJsonDocument(out.toJson()).toJson(QJsonDocument::Compact));
        return Status::success();
    });
}

} // namespace

Status LeadSourceSetup::validate(const LeadSource& draft) {
    if (!LeadSource::isValidKind(draft.kind))
        return Error::badInput(
            QStringLiteral("kind"),
            QStringLiteral("kind: '%1' is not http-json, csv or sample").arg(draft.kind));
    const QString endpoint = draft.endpoint.trimmed();
    if (draft.kind == QLatin1String("http-json")) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (endpoint.isEmpty())
            return Error::badInput(QStringLiteral("url"),
                                   QStringLiteral("url: is required for an http-json source"));
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return Error::badInput(
                QStringLiteral("url"),
                QStringLiteral("url: '%1' is not an http:// or https:// URL").arg(endpoint));
        if (!url.password().isEmpty())
            return Error::badInput(QStringLiteral("url"),
                                   QStringLiteral("url: contains a password; keep the API key "
                                                  "in the keychain or an environment variable"));
    } else if (draft.kind == QLatin1String("csv") && endpoint.isEmpty()) {
        return Error::badInput(QStringLiteral("url"),
                               QStringLiteral("url: the CSV file's path is required for a csv "
                                              "source"));
    }
    if (!draft.apiKeyEnv.isEmpty())
        if (Status ok = SenderAccountSetup::checkEnvName(
                QStringLiteral("apiKeyEnv"), QStringLiteral("API key variable"), draft.apiKeyEnv);
            !ok)
            return ok;
    if (draft.monthlyQuota < 0)
        return Error::badInput(QStringLiteral("monthlyQuota"),
                               QStringLiteral("monthly quota: must be 0 or more"));
    if (draft.costPerCall < 0 || !std::isfinite(draft.costPerCall))
        return Error::badInput(QStringLiteral("costPerCall"),
                               QStringLiteral("cost per call: must be an amount of 0 or more"));
    return Status::success();
}

Result<LeadSourceSetup::Saved> LeadSourceSetup::add(const Database& database, const Clock& clock,
                                                    qint64 userId, const LeadSource& draft,
                                                    const std::optional<QString>& apiKey) {
    Result<UserScope> scope = UserScope::open(database, clock, userId);
    if (!scope)
        return scope.error();
    LeadSource created;
    AuditEntry entry{.action = QStringLiteral("source.add"),
                     .targetType = QStringLiteral("source"),
                     .userId = userId};
    if (Status done = audited(
            database, clock, *scope, entry, [&] { return scope->sources().add(draft); }, created);
        !done)
        return done.error();
    return placeKey(*scope, created, apiKey);
}

Result<LeadSourceSetup::Saved> LeadSourceSetup::update(const Database& database, const Clock& clock,
                                                       qint64 userId, const LeadSource& changed,
                                                       const std::optional<QString>& apiKey,
                                                       const QString& reason) {
    Result<UserScope> scope = UserScope::open(database, clock, userId);
    if (!scope)
        return scope.error();
    LeadSource stored;
    AuditEntry entry{.action = QStringLiteral("source.edit"),
                     .targetType = QStringLiteral("source"),
                     .userId = userId,
                     .reason = reason};
    if (Status done = audited(
            database, clock, *scope, entry, [&] { return scope->sources().update(changed); },
            stored);
        !done)
        return done.error();
    return placeKey(*scope, stored, apiKey);
}

} // namespace outreach
