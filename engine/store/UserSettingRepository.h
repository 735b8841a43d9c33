#pragma once

#include "core/Result.h"
#include "store/ScopedRepository.h"

#include <QString>
#include <optional>

namespace outreach {

// Named per-user settings stored as text (usually JSON), e.g. "lead-scoring". The service
// that owns a setting validates it before storing; this class only keeps it.
class UserSettingRepository : public ScopedRepository {
public:
    Result<std::optional<QString>> value(const QString& name) const;
    Status setValue(const QString& name, const QString& value) const; // insert or replace
    Status remove(const QString& name) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
