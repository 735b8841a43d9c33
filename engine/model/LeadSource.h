#pragma once

#include <QJsonObject>
#include <QString>

namespace outreach {

// Where a user's leads come from. An http-json source's API key is in the keychain, or in the
// environment variable named by apiKeyEnv; never in the database.
struct LeadSource {
    qint64 id = 0;
    qint64 userId = 0;
    QString kind{}; // http-json | csv | sample
    QString endpoint{};
    QString apiKeyEnv{};
    bool secretInKeychain = false;
    int monthlyQuota = 1000;
    double costPerCall = 0.0;
    bool enabled = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    QString keychainKey() const { return QStringLiteral("source/%1").arg(id); }
    static bool isValidKind(const QString& kind);
};

} // namespace outreach
