#pragma once

#include "model/ImapAccount.h"
#include "model/LeadSource.h"
#include "model/SenderAccount.h"

#include <QList>
#include <QMetaType>

// The account types the Settings page's editors send across threads in queued signals.
Q_DECLARE_METATYPE(outreach::SenderAccount)
Q_DECLARE_METATYPE(outreach::ImapAccount)
Q_DECLARE_METATYPE(outreach::LeadSource)

namespace outreach::ui {

// Registers the types above (and their lists) for queued connections; safe to call often.
void registerSettingsMetaTypes();

} // namespace outreach::ui
