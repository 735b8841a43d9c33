#pragma once

#include "core/Result.h"
#include "model/LeadSource.h"
#include "sources/HttpJsonLeadSource.h"

#include <functional>

class QObject;

namespace outreach {

class LeadSourceClient;

// Builds the client for one of a user's lead sources. The API key of an http-json source is
// read when the client is built (keychain entry, else the environment variable the source
// names), so it lives in memory only for the call.
class LeadSourceClientFactory {
public:
    struct Options {
        int httpTimeoutMs = HttpJsonLeadSource::defaultTimeoutMs;
        qint64 maxBodyBytes = HttpJsonLeadSource::defaultMaxBodyBytes;
    };
    using KeyReader = std::function<Result<QString>(const LeadSource&)>;

    LeadSourceClientFactory();

    void setOptions(Options options) { m_options = options; }
    const Options& options() const { return m_options; }
    // Replaces the keychain/environment lookup (the default is SecretStore::read).
    void setKeyReader(KeyReader reader) { m_keyReader = std::move(reader); }

    // The client, owned by `parent`; an error naming the field when the source cannot be
    // called at all (unknown kind, an http-json source without a key).
    Result<LeadSourceClient*> create(const LeadSource& source, QObject* parent) const;

private:
    Options m_options;
    KeyReader m_keyReader;
};

} // namespace outreach
