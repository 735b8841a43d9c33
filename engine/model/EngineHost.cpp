#include "model/EngineHost.h"

namespace outreach {

QString EngineHost::describe() const {
    return QStringLiteral("%1 on %2 (pid %3)").arg(role, host).arg(pid);
}

} // namespace outreach
