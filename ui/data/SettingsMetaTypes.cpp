#include "data/SettingsMetaTypes.h"

namespace outreach::ui {

void registerSettingsMetaTypes() {
    qRegisterMetaType<SenderAccount>();
    qRegisterMetaType<ImapAccount>();
    qRegisterMetaType<LeadSource>();
    qRegisterMetaType<QList<SenderAccount>>();
    qRegisterMetaType<QList<ImapAccount>>();
    qRegisterMetaType<QList<LeadSource>>();
}

} // namespace outreach::ui
