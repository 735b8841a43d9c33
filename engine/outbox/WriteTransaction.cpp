#include "outbox/WriteTransaction.h"

#include "store/Database.h"

namespace outreach {

Status WriteTransaction::run(const Database& database, const std::function<Status()>& work) {
    return database.transaction([&](QSqlDatabase&) { return work(); });
}

} // namespace outreach
