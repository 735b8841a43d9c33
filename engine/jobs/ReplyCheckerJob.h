#pragma once

#include "jobs/StandardJob.h"

namespace outreach {

// The seventh job (SPEC §4, last paragraph): reads the IMAP mailbox of each of the user's
// sender accounts (ReplyCheckService). A reply stops the lead's sequence, an automatic reply
// does not, a bounce report suppresses the address, a mail to the unsubscribe address
// unsubscribes the lead. A mailbox that cannot be read fails this user's unit (with the other
// mailboxes still read); items are the messages acted on.
class ReplyCheckerJob final : public StandardJob {
public:
    ReplyCheckerJob();
    Status runForUser(JobContext& context) override;
};

} // namespace outreach
