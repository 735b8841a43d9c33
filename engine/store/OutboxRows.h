#pragma once

#include "model/OutboxMessage.h"

#include <QString>

namespace outreach {

class Sql;

// The outbox's column list and row reader, shared by the scoped and the admin repository.
namespace OutboxRows {
extern const QString columns;
OutboxMessage read(const Sql& row);
} // namespace OutboxRows

} // namespace outreach
