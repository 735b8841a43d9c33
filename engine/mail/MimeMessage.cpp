#include "MimeMessage.h"

#include <utility>

namespace outreach::mail {

MimeMessage::MimeMessage(QByteArray data, QString messageId, EmailAddress sender,
                         EmailAddress recipient)
    : m_data(std::move(data)), m_messageId(std::move(messageId)), m_sender(std::move(sender)),
      m_recipient(std::move(recipient)) {}

} // namespace outreach::mail
