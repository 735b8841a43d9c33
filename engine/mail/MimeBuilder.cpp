#include "MimeBuilder.h"

#include "mail/HeaderEncoding.h"
#include "mail/QuotedPrintable.h"

#include <QRegularExpression>
#include <QUuid>

namespace outreach::mail {

namespace {

Error fail(const QString& field, const QString& reason) {
    return Error::badInput(field, field + QStringLiteral(": ") + reason);
}

Status checkHeaderText(const QString& field, const QString& value) {
    const QString problem = HeaderEncoding::controlCharacterProblem(value);
    if (problem.isEmpty())
        return Status::success();
    return fail(field,
                QStringLiteral("contains %1, which is not allowed in a mail header").arg(problem));
}

Status checkBody(const QString& field, const QString& body) {
    if (body.contains(QChar(0)))
        return fail(field, QStringLiteral("contains a NUL character"));
    return Status::success();
}

bool isReservedHeader(const QByteArray& name) {
    static const QList<QByteArray> reserved = {"date",
                                               "from",
                                               "to",
                                               "cc",
                                               "bcc",
                                               "reply-to",
                                               "subject",
                                               "message-id",
                                               "mime-version",
                                               "content-type",
                                               "sender",
                                               "return-path",
                                               "list-unsubscribe",
                                               "list-unsubscribe-post",
                                               "content-transfer-encoding"};
    return reserved.contains(name.toLower());
}

QByteArray mailtoUri(const EmailAddress& address) {
    return "mailto:" + QUrl::toPercentEncoding(QString::fromLatin1(address.envelope()), "@") +
           "?subject=unsubscribe";
}

QByteArray textPart(const QByteArray& contentType, const QString& body) {
    return "Content-Type: " + contentType +
           "; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           QuotedPrintable::encode(QuotedPrintable::normalizeLineEndings(body.toUtf8()));
}

QByteArray ensureFinalCrlf(QByteArray part) {
    if (!part.endsWith("\r\n"))
        part += "\r\n";
    return part;
}

} // namespace

MimeBuilder& MimeBuilder::setFrom(const EmailAddress& from) {
    m_from = from;
    return *this;
}

MimeBuilder& MimeBuilder::setTo(const EmailAddress& to) {
    m_to = to;
    return *this;
}

MimeBuilder& MimeBuilder::setReplyTo(const EmailAddress& replyTo) {
    m_replyTo = replyTo;
    return *this;
}

MimeBuilder& MimeBuilder::setSubject(const QString& subject) {
    m_subject = subject;
    return *this;
}

MimeBuilder& MimeBuilder::setTextBody(const QString& text) {
    m_text = text;
    return *this;
}

MimeBuilder& MimeBuilder::setHtmlBody(const QString& html) {
    m_html = html;
    return *this;
}

MimeBuilder& MimeBuilder::setFooter(const QString& footer) {
    m_footer = footer;
    return *this;
}

MimeBuilder& MimeBuilder::setUnsubscribe(const EmailAddress& mailto, const QUrl& oneClickUrl) {
    m_unsubscribeMailto = mailto;
    m_unsubscribeUrl = oneClickUrl;
    m_unsubscribeSet = true;
    return *this;
}

MimeBuilder& MimeBuilder::setDate(const QDateTime& date) {
    m_date = date;
    return *this;
}

MimeBuilder& MimeBuilder::setMessageIdLeft(const QString& left) {
    m_messageIdLeft = left;
    return *this;
}

MimeBuilder& MimeBuilder::addHeader(const QByteArray& name, const QString& value) {
    m_extraHeaders.append({name, value});
    return *this;
}

QByteArray MimeBuilder::formatDate(const QDateTime& date) {
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = date.date();
    const QTime t = date.time();
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const int absOffset = std::abs(offsetMinutes);
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[d.dayOfWeek() - 1],
                             d.day(), months[d.month() - 1], d.year(), t.hour(), t.minute(),
                             t.second(), offsetMinutes < 0 ? '-' : '+', absOffset / 60,
                             absOffset % 60)
        .toLatin1();
}

QString MimeBuilder::textWithFooter() const {
    QString text = m_text;
    QStringList footer;
    if (!m_footer.trimmed().isEmpty())
        footer << m_footer.trimmed();
    if (m_unsubscribeSet && m_unsubscribeUrl.isValid() && !m_unsubscribeUrl.isEmpty())
        footer << QStringLiteral("Unsubscribe: ") +
                      QString::fromLatin1(m_unsubscribeUrl.toEncoded());
    if (!footer.isEmpty()) {
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        // "-- " is the signature separator: mail readers fold it away when quoting a reply.
        text += QStringLiteral("\n\n-- \n") + footer.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return text;
}

QString MimeBuilder::htmlWithFooter() const {
    QString footer;
    if (!m_footer.trimmed().isEmpty())
        footer +=
            m_footer.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
    if (m_unsubscribeSet && m_unsubscribeUrl.isValid() && !m_unsubscribeUrl.isEmpty()) {
        const QString url = QString::fromLatin1(m_unsubscribeUrl.toEncoded()).toHtmlEscaped();
        footer += QStringLiteral("<br>\n<a href=\"%1\">Unsubscribe</a>").arg(url);
    }
    if (footer.isEmpty())
        return m_html;
    footer = QStringLiteral("<hr>\n<p style=\"font-size:small;color:#666\">") + footer +
             QStringLiteral("</p>\n");
    QString html = m_html;
    const qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
    if (bodyEnd >= 0)
        html.insert(bodyEnd, footer);
    else
        html += QLatin1Char('\n') + footer;
    return html;
}

Result<QByteArray> MimeBuilder::headers(const QString& messageId,
                                        const QByteArray& contentHeaders) const {
    QByteArray out;
    auto add = [&out](const QByteArray& name, const QByteArray& value) -> Status {
        auto line = HeaderEncoding::headerLine(name, value);
        if (!line)
            return line.error();
        out += *line;
        return Status::success();
    };
    const QDateTime date = m_date.isValid() ? m_date : QDateTime::currentDateTimeUtc();
    Status s = add("Date", formatDate(date));
    if (s)
        s = add("From", m_from.headerValue());
    if (s)
        s = add("To", m_to.headerValue());
    if (s && !m_replyTo.isNull())
        s = add("Reply-To", m_replyTo.headerValue());
    if (s)
        s = add("Subject", HeaderEncoding::unstructured(m_subject, 7));
    if (s)
        s = add("Message-ID", messageId.toLatin1());
    if (s)
        s = add("MIME-Version", "1.0");
    if (s && m_unsubscribeSet) {
        QByteArrayList forms;
        if (!m_unsubscribeMailto.isNull())
            forms << '<' + mailtoUri(m_unsubscribeMailto) + '>';
        const bool https = m_unsubscribeUrl.isValid() && !m_unsubscribeUrl.isEmpty();
        if (https)
            forms << '<' + m_unsubscribeUrl.toEncoded() + '>';
        s = add("List-Unsubscribe", forms.join(", "));
        if (s && https)
            s = add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    for (const auto& [name, value] : m_extraHeaders) {
        if (!s)
            break;
        s = add(name, HeaderEncoding::unstructured(value, int(name.size())));
    }
    if (!s)
        return s.error();
    return out + contentHeaders;
}

Result<MimeMessage> MimeBuilder::build() const {
    if (m_from.isNull())
        return fail(QStringLiteral("from"), QStringLiteral("is required"));
    if (m_to.isNull())
        return fail(QStringLiteral("to"), QStringLiteral("is required"));
    if (m_subject.trimmed().isEmpty())
        return fail(QStringLiteral("subject"), QStringLiteral("is empty"));
    if (Status s = checkHeaderText(QStringLiteral("subject"), m_subject); !s)
        return s.error();
    if (m_text.trimmed().isEmpty())
        return fail(QStringLiteral("textBody"), QStringLiteral("is empty"));
    for (const auto& [field, body] : {std::pair{QStringLiteral("textBody"), m_text},
                                      std::pair{QStringLiteral("htmlBody"), m_html},
                                      std::pair{QStringLiteral("footer"), m_footer}}) {
        if (Status s = checkBody(field, body); !s)
            return s.error();
    }
    if (m_unsubscribeSet) {
        const QString field = QStringLiteral("unsubscribeUrl");
        const bool hasUrl = !m_unsubscribeUrl.isEmpty();
        if (!hasUrl && m_unsubscribeMailto.isNull())
            return fail(field, QStringLiteral("give a mailto address or an https URL"));
        if (hasUrl) {
            if (!m_unsubscribeUrl.isValid() ||
                m_unsubscribeUrl.scheme() != QLatin1String("https") ||
                m_unsubscribeUrl.host().isEmpty())
                return fail(field, QStringLiteral("must be a valid https:// URL (RFC 8058)"));
            const QByteArray encoded = m_unsubscribeUrl.toEncoded();
            if (encoded.contains('<') || encoded.contains('>') || encoded.size() > 900)
                return fail(field, QStringLiteral("is too long or holds '<' or '>'"));
        }
    }
    static const QRegularExpression headerName(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{0,60}$"));
    for (const auto& [name, value] : m_extraHeaders) {
        const QString field = QString::fromLatin1(name);
        if (!headerName.match(field).hasMatch() || isReservedHeader(name))
            return fail(QStringLiteral("header"),
                        QStringLiteral("'%1' is not an allowed extra header name").arg(field));
        if (Status s = checkHeaderText(field, value); !s)
            return s.error();
    }
    QString left = m_messageIdLeft;
    if (left.isEmpty())
        left = QUuid::createUuid().toString(QUuid::Id128);
    else if (!HeaderEncoding::isDotAtom(left) || left.size() > 200)
        return fail(QStringLiteral("messageId"),
                    QStringLiteral("'%1' is not a valid Message-ID left part").arg(left));
    const QString messageId =
        QLatin1Char('<') + left + QLatin1Char('@') + m_from.asciiDomain() + QLatin1Char('>');

    QByteArray contentHeaders;
    QByteArray body;
    if (m_html.isEmpty()) {
        const QByteArray part = textPart("text/plain", textWithFooter());
        const qsizetype split = part.indexOf("\r\n\r\n") + 2;
        contentHeaders = part.left(split);
        body = "\r\n" + ensureFinalCrlf(part.mid(split + 2));
    } else {
        // Quoted-printable output never holds "=_", so this boundary cannot occur in a part.
        const QByteArray boundary = "=_outreach_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        contentHeaders =
            "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
        body = "\r\n--" + boundary + "\r\n" +
               ensureFinalCrlf(textPart("text/plain", textWithFooter())) + "--" + boundary +
               "\r\n" + ensureFinalCrlf(textPart("text/html", htmlWithFooter())) + "--" + boundary +
               "--\r\n";
    }
    auto head = headers(messageId, contentHeaders);
    if (!head)
        return head.error();
    QByteArray data = *head + body;
    // Belt and braces for RFC 5322 2.1.1: every construction above keeps lines short; a
    // regression must fail loudly here rather than be truncated by a relay.
    qsizetype lineStart = 0;
    for (qsizetype i = data.indexOf("\r\n"); i >= 0; i = data.indexOf("\r\n", lineStart)) {
        if (i - lineStart > HeaderEncoding::kMaxLine)
            return Error::runtime(QStringLiteral("internal error: a message line exceeds 998 "
                                                 "octets"));
        lineStart = i + 2;
    }
    return MimeMessage(std::move(data), messageId, m_from, m_to);
}

} // namespace outreach::mail
