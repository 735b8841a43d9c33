#include "sources/LeadSourceClientFactory.h"

#include "core/SecretStore.h"
#include "sources/CsvLeadSource.h"
#include "sources/SampleLeadSource.h"

namespace outreach {

LeadSourceClientFactory::LeadSourceClientFactory()
    : m_keyReader([](const LeadSource& source) {
          return SecretStore::read(QStringLiteral("apiKey"), source.keychainKey(),
                                   source.secretInKeychain, source.apiKeyEnv);
      }) {}

Result<LeadSourceClient*> LeadSourceClientFactory::create(const LeadSource& source,
                                                          QObject* parent) const {
    if (source.kind == QLatin1String("sample"))
        return static_cast<LeadSourceClient*>(new SampleLeadSource(parent));
    if (source.kind == QLatin1String("csv"))
        return static_cast<LeadSourceClient*>(new CsvLeadSource(source.endpoint, parent));
    if (source.kind == QLatin1String("http-json")) {
        QString key;
        // A source without key settings is a public endpoint; one with settings must have a key.
        if (source.secretInKeychain || !source.apiKeyEnv.isEmpty()) {
            Result<QString> read = m_keyReader(source);
            if (!read)
                return read.error();
            key = *read;
        }
        auto* client = new HttpJsonLeadSource(QUrl(source.endpoint), key, parent);
        client->setTimeoutMs(m_options.httpTimeoutMs);
        client->setMaxBodyBytes(m_options.maxBodyBytes);
        return static_cast<LeadSourceClient*>(client);
    }
    return Error::badInput(QStringLiteral("kind"),
                           QStringLiteral("kind: '%1' is not a lead source kind").arg(source.kind));
}

} // namespace outreach
