#pragma once

#include "core/Result.h"

#include <functional>

namespace outreach {

class Database;

// Database::transaction for work that needs no connection handle. Every transaction takes the
// write lock at its start (SQLite: BEGIN IMMEDIATE), see Database::transaction.
class WriteTransaction {
public:
    static Status run(const Database& database, const std::function<Status()>& work);
};

} // namespace outreach
