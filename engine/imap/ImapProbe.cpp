#include "imap/ImapProbe.h"

#include "imap/ImapClient.h"

#include <QEventLoop>

namespace outreach::imap {

Result<ImapProbe::Outcome> ImapProbe::run(const ImapSettings& settings, const QString& mailbox) {
    QEventLoop loop;
    ImapClient client(settings);
    std::optional<Result<Outcome>> result;
    auto finish = [&](Result<Outcome> outcome) {
        result = std::move(outcome);
        loop.quit();
    };
    client.open([&](const Status& opened) {
        if (!opened)
            return finish(opened.error());
        client.select(mailbox, true, [&](const Result<ImapMailboxInfo>& info) {
            if (!info)
                return finish(info.error());
            Outcome outcome{*info, client.isEncrypted()};
            client.logout([&, outcome](const Status&) { finish(outcome); });
        });
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace outreach::imap
