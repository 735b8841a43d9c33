#pragma once

#include "imap/ImapValue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <optional>

namespace outreach::imap {

// One node of a message's MIME tree as BODYSTRUCTURE describes it (RFC 3501 section 7.4.2),
// with the section number that fetches it ("1", "2.1"). Names and values the server sent are
// kept; types, subtypes, parameter names, encodings and dispositions are lower case.
class ImapBodyPart {
public:
    // Nothing when the value is not a body structure we can read (a server error or hostile
    // data): the caller then falls back to the header alone.
    static std::optional<ImapBodyPart> fromBodyStructure(const ImapValue& value);

    const QByteArray& section() const { return m_section; }
    const QByteArray& type() const { return m_type; }
    const QByteArray& subtype() const { return m_subtype; }
    bool is(const char* type, const char* subtype) const;
    bool isMultipart() const { return m_type == "multipart"; }
    QByteArray parameter(const QByteArray& name) const { return m_params.value(name.toLower()); }
    const QByteArray& encoding() const { return m_encoding; } // "7bit", "base64", ...
    const QByteArray& disposition() const { return m_disposition; }
    quint64 size() const { return m_size; }
    const QList<ImapBodyPart>& children() const { return m_children; }

    // The first text/plain part (else text/html) in reading order that is not an attachment
    // and not inside an attached message.
    const ImapBodyPart* firstTextPart() const;
    // The first part of this type anywhere below (this included), not inside attached messages.
    const ImapBodyPart* find(const char* type, const char* subtype) const;
    // multipart/report; report-type=delivery-status (RFC 3464).
    bool isDeliveryReport() const;

private:
    static std::optional<ImapBodyPart> parse(const ImapValue& value, const QByteArray& section,
                                             int depth);
    const ImapBodyPart* firstOfType(const char* subtype) const;

    QByteArray m_section;
    QByteArray m_type;
    QByteArray m_subtype;
    QMap<QByteArray, QByteArray> m_params;
    QByteArray m_encoding;
    QByteArray m_disposition;
    quint64 m_size = 0;
    QList<ImapBodyPart> m_children;
};

} // namespace outreach::imap
