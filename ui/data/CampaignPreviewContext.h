#pragma once

#include "model/Lead.h"
#include "model/SenderAccount.h"
#include "model/User.h"

#include <QList>
#include <QMetaType>

namespace outreach::ui {

// What the template preview needs to render a campaign's mail as the mailer would: the user
// (its name is the sender company), the user's first sender account (the one the outbox uses)
// and some of the user's leads to choose from. Read once per user on the editor thread.
struct CampaignPreviewContext {
    qint64 userId = 0;
    User user{};
    SenderAccount sender{}; // empty when the user has none yet
    QList<Lead> leads{};    // empty when the user has none yet
};

} // namespace outreach::ui

Q_DECLARE_METATYPE(outreach::ui::CampaignPreviewContext)
