#pragma once

#include "core/Result.h"
#include "model/OutboxMessage.h"

#include <QString>
#include <QVariantMap>

namespace outreach {

class Clock;
class Database;
class Sql;

// The outbox's column list and row reader, shared by the scoped and the admin repository.
namespace OutboxRows {
extern const QString columns;
OutboxMessage read(const Sql& row);
// Runs one state change of message `id` of user `userId`: `sql` binds :id, :uid and :now plus
// `values`, and names in its WHERE the state the row must be in; a Conflict when it is no
// longer in it (another engine or the admin moved it first).
Status transition(const Database& database, const Clock& clock, qint64 userId, qint64 id,
                  const QString& sql, const QVariantMap& values);
} // namespace OutboxRows

} // namespace outreach
